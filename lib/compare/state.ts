import { toSearchParams } from "../query/param-names";
import type { Filters } from "../query/params";
import type { COMPARE_PANELS } from "./panels";

/**
 * A comparison's whole state, kept in its URL: two full sets of the API's filters, each parameter
 * prefixed with its side (`a.country=SN&b.country=MA`), plus the measure compared. Each side is
 * read by the one parser of filters (lib/query/params.ts, in ./state-parse.ts), so a side means
 * what the same parameters mean on the dashboard or the API.
 */
export const SIDES = ["a", "b"] as const;
export type Side = (typeof SIDES)[number];

export const COMPARE_MEASURES = ["amount", "partnerships"] as const;
export type CompareMeasure = (typeof COMPARE_MEASURES)[number];

export interface CompareState {
  a: Filters;
  b: Filters;
  measure: CompareMeasure;
  panel?: (typeof COMPARE_PANELS)[number];
}

/** No filter: what the filters' schema makes of an empty query (state.test.ts checks they agree). */
export const EMPTY_FILTERS: Filters = {
  country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [],
  themeScope: "main", yearMode: "active", themeRule: "main",
};

/** The URL query of a comparison, canonical (sorted, defaults and `panel` left out): equal comparisons, equal URLs. */
export function compareQuery(state: Pick<CompareState, "a" | "b"> & Partial<Pick<CompareState, "measure">>): string {
  const params = new URLSearchParams();
  for (const side of SIDES) for (const [name, value] of toSearchParams(state[side])) params.append(`${side}.${name}`, value);
  if (state.measure && state.measure !== "amount") params.set("measure", state.measure);
  return params.toString();
}

/** The comparison page's link. */
export const compareHref = (state: Pick<CompareState, "a" | "b"> & Partial<Pick<CompareState, "measure">>): string => {
  const query = compareQuery(state);
  return `/comparer${query ? `?${query}` : ""}`;
};

/** "Comparer avec…" from a view's filters: A is the view, B the same for the user to change. */
export const compareFromHref = (filters: Filters): string => compareHref({ a: filters, b: filters });
