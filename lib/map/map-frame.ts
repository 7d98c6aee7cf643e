import type { LatLngBox } from "./focus";
import { type ViewOptions, fitView, viewBoxOf } from "./leaflet-view";

/*
 * Where the country map looks, shared by the Leaflet map (components/map/CountryMapLeaflet) and the
 * SVG the server draws before it (components/map/MapPreviewSvg), so that the first takes over from
 * the second without a jump. No d3 here: the browser frames the server's drawing with it.
 */

/** Cape Horn to Svalbard (Antarctica is not drawn): the map's view when nothing narrows it. */
export const WORLD_BOUNDS: LatLngBox = [[-56, -170], [76, 180]];
/** A little slack around the world so that the edge countries can be centred, no further. */
export const MAX_BOUNDS: LatLngBox = [[-75, -200], [86, 200]];
/** A country's page zooms on it, no closer than this (a small island state would fill the map). */
export const FOCUS_MAX_ZOOM = 5;

/** The Leaflet map's zoom options (its MapContainer props). */
export const MAP_ZOOM = { snap: 0.25, minZoom: 0, maxZoom: 7 } as const;

/** The box the map fits first, and fitBounds's maxZoom for it. */
export interface InitialFrame {
  box: LatLngBox;
  fitMaxZoom?: number;
}

/** Leaflet's view options for a frame (fitBounds with the map's options). */
export const viewOptions = (frame: InitialFrame): ViewOptions => ({ ...MAP_ZOOM, fitMaxZoom: frame.fitMaxZoom, maxBounds: MAX_BOUNDS });

/** The SVG viewBox (zoom-0 pixels × `unit`) showing what Leaflet shows of `frame` in a `width` × `height` px box. */
export function frameViewBox(frame: InitialFrame, width: number, height: number, unit: number) {
  const view = fitView(frame.box, width, height, viewOptions(frame));
  return { view, viewBox: viewBoxOf(view, width, height, unit) };
}
