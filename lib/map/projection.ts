import { geoMercator, geoPath, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from "d3";
import type { LatLngBox } from "./focus";

/**
 * Latitudes of the fixed world view: Cape Horn to Svalbard, as the Leaflet map first shows it
 * (Antarctica is not drawn). A document cannot pan, so it spans all longitudes, where the Leaflet
 * view starts at 170° W: the Pacific islands east of the antimeridian (Samoa, Tonga) stay in.
 */
export const WORLD_SOUTH = -56;
export const WORLD_NORTH = 76;

export interface WorldProjection {
  projection: GeoProjection;
  /** Path generator rounding to 0.1 px: a 237-country map stays about 400 kB. */
  path: GeoPath<unknown, GeoPermissibleObjects>;
  width: number;
  height: number;
}

/**
 * Spherical Mercator, the projection of Leaflet's default CRS (EPSG:3857), scaled so that the 360°
 * of longitude fill `width`, and clipped to the rectangle: Arctic shapes end at its top edge as
 * they do at the Leaflet map's. The shapes' rings are wound as d3-geo expects (the boundaries
 * asset comes from world-atlas), so no rewinding is needed.
 */
export function worldProjection(width: number): WorldProjection {
  return boxProjection(width, [[WORLD_SOUTH, -180], [WORLD_NORTH, 180]]);
}

/**
 * The same Mercator fitted to a box ([[south, west], [north, east]]), as Leaflet's fitBounds fits
 * the map (lib/map/framing.ts): the box fills the width, or `maxHeight` when it is taller than
 * that allows, centred across; the drawing's height is the box's, at most `maxHeight`. Mercator
 * draws parallels and meridians as straight lines, so the box's corners bound its drawing.
 */
export function boxProjection(width: number, [[south, west], [north, east]]: LatLngBox, maxHeight = width * 0.75): WorldProjection {
  const projection = geoMercator().scale(1).translate([0, 0]);
  const [left = 0, top = 0] = projection([west, north]) ?? [];
  const [right = 0, bottom = 0] = projection([east, south]) ?? [];
  const scale = Math.min(width / (right - left), maxHeight / (bottom - top));
  const height = Math.round(Math.min(maxHeight, (bottom - top) * scale));
  // Top-aligned when the width decides (the world view as it always was), centred when the height does.
  const fitsWidth = (bottom - top) * scale < maxHeight;
  const x = (width - (right - left) * scale) / 2 - left * scale;
  const y = fitsWidth ? -top * scale : (height - (bottom - top) * scale) / 2 - top * scale;
  projection.scale(scale).translate([x, y]).clipExtent([[0, 0], [width, height]]);
  return { projection, path: geoPath(projection).digits(1), width, height };
}
