import { labelPoint } from "./labelPoint";
import type { CountryCollection } from "./geometry";
import { DETAILED_BOUNDARIES_FILE, LIGHT_BOUNDARIES_FILE } from "./geo-assets";

/** The detailed country shapes (public/geo, built by scripts/build-geo.ts): zoomed views and exports. */
export const BOUNDARIES_URL = `/geo/${DETAILED_BOUNDARIES_FILE}`;

/** The same countries simplified for world zooms: the first paint and the map until it zooms in. */
export const LIGHT_BOUNDARIES_URL = `/geo/${LIGHT_BOUNDARIES_FILE}`;

/**
 * From this Leaflet zoom on the map draws the detailed shapes: at zoom 2 the light set's 0.15° of
 * simplification is under half a pixel, at zoom 3 it would start to show on coasts.
 */
export const DETAIL_ZOOM = 3;

/** The shapes file for a Leaflet zoom level. */
export const boundariesUrlFor = (zoom: number) => (zoom >= DETAIL_ZOOM ? BOUNDARIES_URL : LIGHT_BOUNDARIES_URL);

/** Fetches a boundaries asset; throws on an HTTP error so SWR shows the error state. */
export async function fetchBoundaries(url: string = BOUNDARIES_URL): Promise<CountryCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} failed with ${response.status}`);
  return (await response.json()) as CountryCollection;
}

/** [lat, lng] of each country's circle, by id: computed once per boundaries, in Leaflet's order. */
export function labelPoints(collection: CountryCollection): Map<string, [number, number]> {
  return new Map(
    collection.features.map((country) => {
      const [lon, lat] = labelPoint(country.geometry);
      return [country.id, [lat, lon]];
    }),
  );
}
