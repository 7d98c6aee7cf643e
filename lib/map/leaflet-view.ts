import type { LatLngBox } from "./focus";

/*
 * What the Leaflet map shows for a box, computed without Leaflet: the server-drawn SVG map (the
 * first paint) frames itself as Leaflet will, so that Leaflet takes over without a jump. Leaflet
 * 1.9's default CRS (EPSG:3857) and its fitBounds: getBoundsZoom, the zoom snap, the box's centre,
 * then _limitCenter against maxBounds. Coordinates are Leaflet's pixels at zoom 0 (a 256 px world).
 */

/** Leaflet's pixels at zoom 0: x from 0 (180° W) to 256 (180° E), y from 0 (85.05° N) down. */
export type Point = [number, number];

const MAX_LATITUDE = 85.0511287798;

/** [lat, lng] → Leaflet's zoom-0 pixels (L.CRS.EPSG3857.latLngToPoint(…, 0)). */
export function project([lat, lng]: [number, number]): Point {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const y = (6378137 / 2) * Math.log((1 + sin) / (1 - sin));
  const scale = 0.5 / (Math.PI * 6378137);
  return [256 * (scale * ((6378137 * Math.PI * lng) / 180) + 0.5), 256 * (-scale * y + 0.5)];
}

export interface ViewOptions {
  /** Leaflet's zoomSnap (the map's is 0.25). */
  snap: number;
  minZoom: number;
  maxZoom: number;
  /** fitBounds's maxZoom option (a country's page caps its zoom). */
  fitMaxZoom?: number;
  /** The map's maxBounds, if any. */
  maxBounds?: LatLngBox;
}

/** A Leaflet view: its zoom and the zoom-0 pixel at the centre of the container. */
export interface View {
  zoom: number;
  center: Point;
}

/** Leaflet's Map._rebound. */
const rebound = (left: number, right: number) => (left + right > 0 ? Math.round(left - right) / 2 : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right)));

/** The view `map.fitBounds(box, { maxZoom })` gives a `width` × `height` px container. */
export function fitView(box: LatLngBox, width: number, height: number, options: ViewOptions): View {
  const [[south, west], [north, east]] = box;
  const [left, top] = project([north, west]);
  const [right, bottom] = project([south, east]);
  // getBoundsZoom: the scale that fits, as a zoom, snapped down (after a 1 % tolerance).
  let zoom = Math.log2(Math.min(width / (right - left), height / (bottom - top)));
  if (options.snap) {
    zoom = Math.round(zoom / (options.snap / 100)) * (options.snap / 100);
    zoom = Math.floor(zoom / options.snap) * options.snap;
  }
  zoom = Math.max(options.minZoom, Math.min(options.maxZoom, zoom));
  if (options.fitMaxZoom !== undefined) zoom = Math.min(options.fitMaxZoom, zoom);
  let center: Point = [(left + right) / 2, (top + bottom) / 2];
  if (options.maxBounds) center = limitCenter(center, zoom, width, height, options.maxBounds);
  return { zoom, center };
}

/** Leaflet's Map._limitCenter: the view kept inside maxBounds (centred on them where it is larger). */
function limitCenter(center: Point, zoom: number, width: number, height: number, maxBounds: LatLngBox): Point {
  const scale = 2 ** zoom;
  const [cx, cy] = [center[0] * scale, center[1] * scale];
  const [[south, west], [north, east]] = maxBounds;
  const [minX, minY] = project([north, west]).map((v) => v * scale) as Point;
  const [maxX, maxY] = project([south, east]).map((v) => v * scale) as Point;
  const dx = rebound(minX - (cx - width / 2), -(maxX - (cx + width / 2)));
  const dy = rebound(minY - (cy - height / 2), -(maxY - (cy + height / 2)));
  if (Math.abs(dx) <= 1 && Math.abs(dy) <= 1) return center;
  return [(cx + dx) / scale, (cy + dy) / scale];
}

/** The SVG viewBox, in zoom-0 pixels × `unit`, that shows `view` in a `width` × `height` px box. */
export function viewBoxOf({ zoom, center }: View, width: number, height: number, unit = 1): [number, number, number, number] {
  const scale = 2 ** zoom / unit;
  return [center[0] * unit - width / 2 / scale, center[1] * unit - height / 2 / scale, width / scale, height / scale];
}
