import { polygonArea } from "d3";
import type { Position } from "geojson";
import type { Topology } from "topojson-specification";
import type { CountryGeometry } from "./geometry";

/** Distance from `point` to the segment [a, b] (planar, in the coordinates' unit). */
export function segmentDistance(point: Position, a: Position, b: Position): number {
  const [px, py] = point as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Index of the point of `points` farthest from the segment [start, end] strictly between them (-1 if none). */
function farthest(points: Position[], start: number, end: number): { index: number; distance: number } {
  let best = { index: -1, distance: -1 };
  for (let index = start + 1; index < end; index++) {
    const distance = segmentDistance(points[index]!, points[start]!, points[end]!);
    if (distance > best.distance) best = { index, distance };
  }
  return best;
}

/**
 * Douglas–Peucker simplification of one arc, keeping both ends (where arcs meet). A closed arc is a
 * whole ring (an island): it keeps at least four corners so that Comoros or Nauru never collapse.
 */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  const last = points.length - 1;
  if (last < 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[last] = 1;
  const stack: [number, number][] = [];
  const closed = points[0]![0] === points[last]![0] && points[0]![1] === points[last]![1];
  if (closed) {
    // The chord of a ring has length 0: split at the point farthest from the start, and force one
    // more corner on each side.
    let split = 1;
    let splitDistance = -1;
    for (let index = 1; index < last; index++) {
      const distance = Math.hypot(points[index]![0]! - points[0]![0]!, points[index]![1]! - points[0]![1]!);
      if (distance > splitDistance) [split, splitDistance] = [index, distance];
    }
    keep[split] = 1;
    for (const [start, end] of [[0, split], [split, last]] as const) {
      const { index } = farthest(points, start, end);
      if (index === -1) continue;
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  } else {
    stack.push([0, last]);
  }
  while (stack.length) {
    const [start, end] = stack.pop()!;
    const { index, distance } = farthest(points, start, end);
    if (index !== -1 && distance > tolerance) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

/** The arcs of a topology as absolute coordinates (undoing quantization and delta encoding). */
export function decodeArcs(topology: Topology): Position[][] {
  const { transform } = topology;
  return topology.arcs.map((arc) => {
    if (!transform) return arc;
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx!;
      y += dy!;
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
    });
  });
}

type ArcRings = number[][];

/** Every ring (as arc indexes, ~i for reversed) of every polygon of the topology's objects. */
function ringsOfTopology(topology: Topology): ArcRings {
  const rings: ArcRings = [];
  const visit = (object: { type: string | null; arcs?: unknown; geometries?: unknown }) => {
    if (object.type === "GeometryCollection") for (const child of object.geometries as (typeof object)[]) visit(child);
    if (object.type === "Polygon") rings.push(...(object.arcs as ArcRings));
    if (object.type === "MultiPolygon") for (const polygon of object.arcs as ArcRings[]) rings.push(...polygon);
  };
  for (const object of Object.values(topology.objects)) visit(object);
  return rings;
}

/**
 * Simplifies each arc of a topology on its own (Douglas–Peucker, `tolerance` in the coordinates'
 * unit): a border is one arc shared by both neighbours, so they stay edge to edge. Arcs of a ring
 * smaller than `protect` × tolerance across are left whole, so that Monaco or San Marino (rings made
 * of two short border arcs) keep their shape instead of collapsing to a line.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number, protect = 20): T {
  const absolute = decodeArcs(topology);
  const smallestRing = new Float64Array(absolute.length).fill(Infinity);
  for (const ring of ringsOfTopology(topology)) {
    const indexes = ring.map((index) => (index < 0 ? ~index : index));
    const points = indexes.flatMap((index) => absolute[index]!);
    const xs = points.map((point) => point[0]!);
    const ys = points.map((point) => point[1]!);
    const size = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    for (const index of indexes) smallestRing[index] = Math.min(smallestRing[index]!, size);
  }
  const arcs = absolute.map((arc, index) => (smallestRing[index]! < protect * tolerance ? arc : simplifyLine(arc, tolerance)));
  const { transform: _decoded, ...rest } = topology;
  return { ...rest, arcs } as T;
}

/** A ring needs 4 positions (first = last) to enclose anything. */
const MIN_RING = 4;

/**
 * Rounds coordinates to `decimals` (2 ≈ 1 km, finer than a pixel at world zooms), drops repeated
 * points and the rings that collapse; null if the whole geometry collapsed.
 */
export function roundGeometry(geometry: CountryGeometry, decimals: number): CountryGeometry | null {
  const factor = 10 ** decimals;
  const roundRing = (ring: Position[]): Position[] => {
    const out: Position[] = [];
    for (const [x, y] of ring) {
      const point = [Math.round(x! * factor) / factor, Math.round(y! * factor) / factor];
      const previous = out[out.length - 1];
      if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) out.push(point);
    }
    return out;
  };
  const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates)
    .map((polygon) => polygon.map(roundRing))
    // A polygon whose shell collapsed goes with its holes; a collapsed hole just goes.
    .filter((polygon) => polygon[0]!.length >= MIN_RING)
    .map((polygon) => polygon.filter((ring) => ring.length >= MIN_RING));
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

/** Planar area (square degrees) of a polygon's shell. */
function shellArea(polygon: Position[][]): number {
  return Math.abs(polygonArea(polygon[0]! as [number, number][]));
}

/**
 * Drops the islands smaller than `minArea` (square degrees, planar) of countries larger than
 * `smallCountryArea`: invisible at world zooms, they weigh a fifth of the file (Canada's Arctic,
 * Indonesia). Small countries (Comoros, Maldives…) keep every island, and every country keeps its
 * largest polygon.
 */
export function dropSmallIslands(geometry: CountryGeometry, minArea: number, smallCountryArea: number): CountryGeometry {
  if (geometry.type === "Polygon") return geometry;
  const areas = geometry.coordinates.map(shellArea);
  const total = areas.reduce((sum, area) => sum + area, 0);
  if (total <= smallCountryArea) return geometry;
  const largest = Math.max(...areas);
  const kept = geometry.coordinates.filter((_, index) => areas[index]! >= minArea || areas[index] === largest);
  return kept.length === 1 ? { type: "Polygon", coordinates: kept[0]! } : { type: "MultiPolygon", coordinates: kept };
}
