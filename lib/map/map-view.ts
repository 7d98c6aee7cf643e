import { countryFocusBounds } from "./focus";
import { framingBox } from "./framing";
import type { MapFraming } from "./framing-names";
import type { CountryCollection } from "./geometry";
import { FOCUS_MAX_ZOOM, type InitialFrame, WORLD_BOUNDS } from "./map-frame";

export { FOCUS_MAX_ZOOM, type InitialFrame, MAP_ZOOM, MAX_BOUNDS, WORLD_BOUNDS, frameViewBox, viewOptions } from "./map-frame";

/** What the map frames first: a country (a profile page), a framing (the dashboard), else the world. */
export interface MapTarget {
  focus?: string;
  framing?: MapFraming;
}

/** The box for `target`, measured on `boundaries` (the light shapes, on the server as in the browser). */
export function initialFrame(target: MapTarget, codes: Iterable<string>, boundaries: CountryCollection): InitialFrame {
  if (target.focus) {
    const shape = boundaries.features.find((feature) => feature.id === target.focus);
    if (shape) return { box: countryFocusBounds(shape.geometry), fitMaxZoom: FOCUS_MAX_ZOOM };
  }
  if (target.framing) return { box: framingBox(target.framing, codes, boundaries) };
  return { box: WORLD_BOUNDS };
}
