import { polygonArea } from "d3";
import type { Position } from "geojson";
import type { CountryGeometry } from "./geometry";

/** [[south, west], [north, east]] in degrees, as Leaflet's fitBounds takes them. */
export type LatLngBox = [[number, number], [number, number]];

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

const boxOf = (ring: Position[]): Box => {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const [lon = 0, lat = 0] of ring) {
    box.west = Math.min(box.west, lon);
    box.east = Math.max(box.east, lon);
    box.south = Math.min(box.south, lat);
    box.north = Math.max(box.north, lat);
  }
  return box;
};

/** Degrees between two boxes along the axis where they are furthest apart (0 when they overlap). */
const gap = (a: Box, b: Box) =>
  Math.max(0, a.west - b.east, b.west - a.east, a.south - b.north, b.south - a.north);

/**
 * Where to zoom to show a country on the planar (antimeridian-cut) shapes of public/geo: the box of
 * its largest polygon and of the polygons within `reach` degrees of it (Corsica with mainland France,
 * Indonesia's islands), not of far-away parts (French Guiana, Hawaii) which would zoom out to half
 * the world. `padding` is a share of the box's size added on each side.
 */
export function countryFocusBounds(geometry: CountryGeometry, reach = 15, padding = 0.1): LatLngBox {
  const shells = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates).map((polygon) => polygon[0] ?? []);
  let main = shells[0] ?? [];
  for (const shell of shells) if (Math.abs(polygonArea(shell as [number, number][])) > Math.abs(polygonArea(main as [number, number][]))) main = shell;
  const mainBox = boxOf(main);
  const box = { ...mainBox };
  for (const shell of shells) {
    const other = boxOf(shell);
    if (gap(mainBox, other) > reach) continue;
    box.west = Math.min(box.west, other.west);
    box.east = Math.max(box.east, other.east);
    box.south = Math.min(box.south, other.south);
    box.north = Math.max(box.north, other.north);
  }
  const padLon = (box.east - box.west) * padding;
  const padLat = (box.north - box.south) * padding;
  return [
    [Math.max(-90, box.south - padLat), Math.max(-180, box.west - padLon)],
    [Math.min(90, box.north + padLat), Math.min(180, box.east + padLon)],
  ];
}
