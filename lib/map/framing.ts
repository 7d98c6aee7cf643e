import { type LatLngBox, countryFocusBounds } from "./focus";
import type { MapFraming } from "./framing-names";
import type { CountryCollection } from "./geometry";
import { WORLD_NORTH, WORLD_SOUTH } from "./projection";

export { DEFAULT_FRAMING, MAP_FRAMINGS, type MapFraming } from "./framing-names";

/*
 * Where each framing of the world map (`mapView` in the dashboard's URL) looks. `world`, the
 * default, shows every country with data at the largest zoom that fits (the whole world for the
 * whole dataset, Europe under a filter that leaves European countries only); the others are fixed
 * boxes: Europe, where most partnerships are, is otherwise a few small shapes on a world map.
 */

/** Cape Horn to Svalbard, all longitudes: the world the map shows when nothing narrows it. */
export const WORLD_BOX: LatLngBox = [[WORLD_SOUTH, -180], [WORLD_NORTH, 180]];

/**
 * The regions' boxes, [[south, west], [north, east]] in degrees, drawn around the partner
 * countries of each region rather than the continents' extreme points (Svalbard, Siberia's north
 * coast and the Aleutians would zoom each of them out for a few shapes without partners).
 */
export const REGION_BOXES: Readonly<Record<Exclude<MapFraming, "world">, LatLngBox>> = {
  // Iceland to the Caucasus, Madeira, Crete and Cyprus to North Cape.
  europe: [[32.5, -25], [71.5, 45]],
  // Cabo Verde to Mauritius, Cape Agulhas to Tunisia.
  africa: [[-35.5, -25.5], [38, 58]],
  // Alaska to Cape Horn, with the Caribbean and Brazil's eastern tip.
  americas: [[-56, -168], [72, -34]],
  // Turkey's and the Levant's coasts to New Zealand and Japan; the Pacific islands east of the
  // antimeridian (Samoa, Tonga) would take the whole world's width with them.
  "asia-oceania": [[-51, 26], [56, 180]],
};

// A share of the fitted box added on each side, so that the outermost countries do not touch the edge.
const FIT_PADDING = 0.03;

const clampBox = ([[south, west], [north, east]]: LatLngBox): LatLngBox => [
  [Math.max(WORLD_SOUTH, south), Math.max(-180, west)],
  [Math.min(WORLD_NORTH, north), Math.min(180, east)],
];

/**
 * The box of every country with data: each country's own box as the map zooms on it (its main
 * land and near islands, not far territories: lib/map/focus.ts), joined, padded a little and kept
 * within the world. The whole world when no country has data (an empty map still shows a world).
 */
export function dataBounds(codes: Iterable<string>, boundaries: CountryCollection): LatLngBox {
  const wanted = new Set(codes);
  let box: LatLngBox | null = null;
  for (const shape of boundaries.features) {
    if (!wanted.has(shape.id)) continue;
    const [[south, west], [north, east]] = countryFocusBounds(shape.geometry, 15, 0);
    box = box ? [[Math.min(box[0][0], south), Math.min(box[0][1], west)], [Math.max(box[1][0], north), Math.max(box[1][1], east)]] : [[south, west], [north, east]];
  }
  if (!box) return WORLD_BOX;
  const [[south, west], [north, east]] = box;
  const padLat = Math.max(1, (north - south) * FIT_PADDING);
  const padLon = Math.max(1, (east - west) * FIT_PADDING);
  return clampBox([[south - padLat, west - padLon], [north + padLat, east + padLon]]);
}

/** The box a framing shows: a region's own, or for the default the countries with data. */
export function framingBox(framing: MapFraming, codes: Iterable<string>, boundaries: CountryCollection): LatLngBox {
  return framing === "world" ? dataBounds(codes, boundaries) : REGION_BOXES[framing];
}
