import { polygonArea, polygonCentroid, polygonContains } from "d3";
import type { Position } from "geojson";
import type { CountryGeometry } from "./geometry";

type Point = [number, number];

/** The shell of the largest polygon (planar area in degrees): mainland France, not French Guiana. */
export function largestShell(geometry: CountryGeometry): Point[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[] = polygons[0]![0]!;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = Math.abs(polygonArea(polygon[0]! as Point[]));
    if (area > bestArea) [best, bestArea] = [polygon[0]!, area];
  }
  return best as Point[];
}

/** Midpoint of the longest stretch of `y` = const inside the ring (even-odd crossings). */
function widestCrossing(ring: Point[], y: number): Point | null {
  const xs: number[] = [];
  for (let index = 1; index < ring.length; index++) {
    const [x0, y0] = ring[index - 1]!;
    const [x1, y1] = ring[index]!;
    if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
  }
  xs.sort((a, b) => a - b);
  let best: Point | null = null;
  let bestLength = -1;
  for (let index = 0; index + 1 < xs.length; index += 2) {
    const length = xs[index + 1]! - xs[index]!;
    if (length > bestLength) [best, bestLength] = [[(xs[index]! + xs[index + 1]!) / 2, y], length];
  }
  return best;
}

/**
 * Where to put a country's circle, as [lon, lat] on the planar (antimeridian-cut) shapes: the
 * centroid of its largest polygon, or, when that falls outside (a crescent such as Croatia or
 * Chile's bays), the middle of the widest east–west stretch through it. Computed once per shape.
 */
export function labelPoint(geometry: CountryGeometry): Point {
  const shell = largestShell(geometry);
  const centroid = polygonCentroid(shell);
  if (polygonContains(shell, centroid)) return centroid;
  return widestCrossing(shell, centroid[1]) ?? shell[0]!;
}
