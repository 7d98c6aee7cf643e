import { readPackageJson } from "./package-data";
import type { WorldRegion } from "./world-regions";

const EUROPE_FROM_WESTERN_ASIA = new Set(["AM", "AZ", "GE", "TR", "CY"]);

interface CountryRow { cca2: string; region: string; subregion: string }

let byCountry: Map<string, WorldRegion> | undefined;

function regionOf({ cca2, region, subregion }: CountryRow): WorldRegion {
  if (region === "Europe" || EUROPE_FROM_WESTERN_ASIA.has(cca2)) return "europe";
  if (subregion === "Northern Africa" || subregion === "Western Asia" || cca2 === "IR") return "afrique-nord-moyen-orient";
  if (region === "Africa") return "afrique-subsaharienne";
  if (region === "Americas") return "ameriques";
  return "asie-oceanie";
}

/** The world region of an ISO alpha-2 country code; null for a code that is not a country. */
export function worldRegionOf(country: string): WorldRegion | null {
  if (!byCountry) {
    const rows = readPackageJson<CountryRow[]>("world-countries/countries.json");
    byCountry = new Map(rows.map((row) => [row.cca2, regionOf(row)]));
  }
  return byCountry.get(country) ?? null;
}
