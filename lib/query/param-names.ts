/**
 * The query parameters' names, closed vocabularies and canonical serialization: what links, SWR
 * keys and the dashboard's state need, without the parser (./params.ts, which re-exports all of
 * this). Free of zod, so that the browser's first load of a page does not carry the parser: the
 * dashboard loads it when the browser is idle (lib/hooks/stateParse.ts).
 */

export const BREAKDOWNS = [
  "theme", "subTheme", "subSubTheme", "financer", "financerCategory", "year", "startYear", "activeYear", "country",
  "region", "authority", "departement", "frenchRegion", "status", "form",
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Second dimensions a breakdown can be stacked by (each row then carries one segment per value). */
export const STACKS = ["financerCategory", "status", "region"] as const;
export type Stack = (typeof STACKS)[number];

export const MEASURES = ["amount", "partnerships", "frenchAuthorities", "foreignPartners", "oudinAmount"] as const;
export type Measure = (typeof MEASURES)[number];

/** How an amount is attributed to themes when a partnership has secondary themes. */
export const THEME_RULES = ["main", "split", "full"] as const;
export type ThemeRule = (typeof THEME_RULES)[number];

/** `active`: start ≤ yearTo and (end ≥ yearFrom or ongoing); `started`: yearFrom ≤ start ≤ yearTo. */
export const YEAR_MODES = ["active", "started"] as const;
/** `main`: a theme filter matches the main theme only; `any`: the main or a secondary theme. */
export const THEME_SCOPES = ["main", "any"] as const;

export const SORTS = ["title", "-title", "startYear", "-startYear", "amount", "-amount", "country", "-country"] as const;
export type Sort = (typeof SORTS)[number];

export const MAX_PAGE_SIZE = 200;

export const REPEATABLE = new Set(["country", "region", "financer", "financerCategory", "authority", "authorityKind", "departement", "frenchRegion"]);

/** Whether a year range runs forwards; a range open at either end always does. */
export function yearsInOrder({ yearFrom, yearTo }: { yearFrom?: number; yearTo?: number }): boolean {
  return yearFrom === undefined || yearTo === undefined || yearFrom <= yearTo;
}

/** The levels of the France map: régions or départements. */
export const FRENCH_AREA_LEVELS = ["region", "departement"] as const;
export type FrenchAreaLevel = (typeof FRENCH_AREA_LEVELS)[number];

/** One problem with a parameter, named as in the URL. */
export interface ParamIssue {
  param: string;
  message: string;
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; issues: ParamIssue[] };

/** The single-year spelling of the year filters: `year=2015` is `yearFrom=2015&yearTo=2015`. */
export const YEAR_PARAM = "year";
export const YEAR_CONFLICT = "cannot be combined with yearFrom or yearTo (year=N means yearFrom=N&yearTo=N)";

const DEFAULTS: Record<string, string> = { themeScope: "main", yearMode: "active", themeRule: "main" };

/**
 * Serializes filters (and any extra parameters) in a canonical order, leaving out defaults and
 * empty values: equal views give equal URLs and equal cache keys.
 */
export function toSearchParams(values: Partial<Record<string, unknown>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(values).sort()) {
    const value = values[name];
    if (value === undefined || value === null || value === "" || DEFAULTS[name] === value) continue;
    if (Array.isArray(value)) {
      for (const item of [...value].sort()) params.append(name, String(item));
    } else params.set(name, String(value));
  }
  return params;
}
