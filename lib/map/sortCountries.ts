import type { CountryFigures } from "@/lib/query/engine";
import type { MapMeasure } from "./measures";

/** A column of the countries table. */
export type CountrySortKey = "name" | MapMeasure;

/** The values `aria-sort` takes on a sorted column. */
export type SortDirection = "ascending" | "descending";

/** Direction a column starts with when first chosen: names A→Z, figures largest first. */
export function defaultDirection(key: CountrySortKey): SortDirection {
  return key === "name" ? "ascending" : "descending";
}

/** What a row of a map's table has: a country's or a French area's figures. */
export type PlaceFigures = Pick<CountryFigures, "code" | "name" | MapMeasure>;

const byName = (a: PlaceFigures, b: PlaceFigures) => a.name.localeCompare(b.name, "fr");

/** A sorted copy of `countries` by `key`; ties (and names) in French alphabetical order. */
export function sortCountries<T extends PlaceFigures>(countries: readonly T[], key: CountrySortKey, direction: SortDirection): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...countries].sort((a, b) => {
    if (key === "name") return sign * byName(a, b);
    return sign * (a[key] - b[key]) || byName(a, b);
  });
}
