import { geoMercator, geoPath, type GeoPath, type GeoPermissibleObjects, type GeoProjection } from "d3";

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
  const projection = geoMercator().scale(width / (2 * Math.PI)).translate([width / 2, 0]);
  const top = projection([0, WORLD_NORTH])?.[1] ?? 0;
  projection.translate([width / 2, -top]);
  const height = Math.round(projection([0, WORLD_SOUTH])?.[1] ?? width / 2);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, path: geoPath(projection).digits(1), width, height };
}
