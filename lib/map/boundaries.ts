import { labelPoint } from "./labelPoint";
import type { CountryCollection } from "./geometry";

/** Where the map fetches the country shapes (public/geo, built by scripts/build-geo.ts). */
export const BOUNDARIES_URL = "/geo/countries-50m.geo.json";

/** Fetches the boundaries asset; throws on an HTTP error so SWR shows the error state. */
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
