import type { Dictionary } from "./dictionary";
import type { QueryIndex } from "./build-index";
import { matchWords } from "./word-index";
import type { Filters } from "./params";

/** A query value the dataset does not know (an unknown theme slug, financer…): a 400, never a silent default. */
export class QueryError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(`${param}: ${message}`);
    this.name = "QueryError";
  }
}

/**
 * Which partnerships and funding rows a set of filters keeps.
 * - `matches[p]`: p passes every filter but the year range;
 * - `selected[p]`: p also passes the year range (active in it, or started in it);
 * - `rowSelected[r]`: row r belongs to a matching partnership, its financer passes the financer
 *   filters and its own year lies in the range. Amounts are sums over these rows.
 */
export interface Selection {
  matches: Uint8Array;
  selected: Uint8Array;
  selectedCount: number;
  rowSelected: Uint8Array;
  /** Whether theme entry e passes the theme filters (all pass when there is none). */
  themeEntryMatches: (e: number) => boolean;
}

function idsOf(dict: Dictionary, keys: readonly string[], param: string, known: "strict" | "lenient"): Set<number> {
  const ids = new Set<number>();
  for (const key of keys) {
    const id = dict.idOf(key);
    if (id !== undefined) ids.add(id);
    else if (known === "strict") throw new QueryError(param, `unknown value "${key}"`);
  }
  return ids;
}

function singleId(dict: Dictionary, key: string | undefined, param: string): number | undefined {
  if (key === undefined) return undefined;
  const id = dict.idOf(key);
  if (id === undefined) throw new QueryError(param, `unknown value "${key}"`);
  return id;
}

/**
 * Whether an error is a QueryError. Checked by name, not instanceof: Next.js bundles each route
 * with its own copy of this module, and the shared engine may throw another copy's class.
 */
export function isQueryError(error: unknown): error is QueryError {
  return error instanceof Error && error.name === "QueryError" && typeof (error as QueryError).param === "string";
}

/** Applies filters to the index. Throws QueryError for a value the dataset does not know. */
export function select(index: QueryIndex, filters: Filters): Selection {
  const { dict } = index;
  // Valid codes absent from the dataset (a country without partnership) just match nothing.
  const countries = filters.country.length ? idsOf(dict.country, filters.country, "country", "lenient") : null;
  const regions = filters.region.length ? idsOf(dict.region, filters.region, "region", "lenient") : null;
  const kinds = filters.authorityKind.length ? idsOf(dict.authorityKind, filters.authorityKind, "authorityKind", "lenient") : null;
  const departements = filters.departement.length ? idsOf(dict.departement, filters.departement, "departement", "lenient") : null;
  const frenchRegions = filters.frenchRegion.length ? idsOf(dict.frenchRegion, filters.frenchRegion, "frenchRegion", "lenient") : null;
  const authorities = filters.authority.length ? idsOf(dict.authority, filters.authority, "authority", "strict") : null;
  const financers = filters.financer.length ? idsOf(dict.financer, filters.financer, "financer", "strict") : null;
  const categories = filters.financerCategory.length ? idsOf(dict.financerCategory, filters.financerCategory, "financerCategory", "lenient") : null;
  const theme = singleId(dict.theme, filters.theme, "theme");
  const subTheme = singleId(dict.subTheme, filters.subTheme, "subTheme");
  const subSubTheme = singleId(dict.subSubTheme, filters.subSubTheme, "subSubTheme");
  const form = singleId(dict.form, filters.form, "form");
  const status = filters.status === undefined ? undefined : dict.status.idOf(filters.status);
  const { yearFrom, yearTo } = filters;
  const hasYears = yearFrom !== undefined || yearTo !== undefined;
  const from = yearFrom ?? -Infinity;
  const to = yearTo ?? Infinity;
  const text = filters.q ? matchWords(index.words, index.count, filters.q) : null;

  const hasThemeFilter = theme !== undefined || subTheme !== undefined || subSubTheme !== undefined;
  const themeEntryMatches = (e: number) =>
    (theme === undefined || index.entryTheme[e] === theme) &&
    (subTheme === undefined || index.entrySubTheme[e] === subTheme) &&
    (subSubTheme === undefined || index.entrySubSubTheme[e] === subSubTheme);

  const rowFilter = financers !== null || categories !== null || hasYears;
  const rowPasses = (r: number) =>
    (financers === null || financers.has(index.rowFinancer[r]!)) &&
    (categories === null || categories.has(index.rowCategory[r]!)) &&
    (!hasYears || (index.rowYear[r] !== 0 && index.rowYear[r]! >= from && index.rowYear[r]! <= to));

  const matches = new Uint8Array(index.count);
  const selected = new Uint8Array(index.count);
  const rowSelected = new Uint8Array(index.rowAmount.length);
  let selectedCount = 0;
  for (let p = 0; p < index.count; p += 1) {
    if (status !== undefined && index.status[p] !== status) continue;
    if (form !== undefined && index.form[p] !== form) continue;
    if (countries && !index.country.has(p, countries)) continue;
    if (regions && !index.region.has(p, regions)) continue;
    if (authorities && !index.authority.has(p, authorities)) continue;
    if (kinds && !index.authorityKind.has(p, kinds)) continue;
    if (departements && !index.departement.has(p, departements)) continue;
    if (frenchRegions && !index.frenchRegion.has(p, frenchRegions)) continue;
    if (hasThemeFilter) {
      const first = index.themeStart[p]!;
      let ok = false;
      if (filters.themeScope === "any") {
        for (let e = first; e < index.themeStart[p + 1]! && !ok; e += 1) ok = themeEntryMatches(e);
      } else ok = index.hasMainTheme[p] === 1 && themeEntryMatches(first);
      if (!ok) continue;
    }
    if (text && text[p] !== 1) continue;

    let anyRow = false;
    for (let r = index.rowStart[p]!; r < index.rowStart[p + 1]!; r += 1) {
      if (!rowFilter || rowPasses(r)) {
        rowSelected[r] = 1;
        anyRow = true;
      }
    }
    // A financer filter keeps the partnerships that this financer funds (in the year range).
    if ((financers !== null || categories !== null) && !anyRow) continue;
    matches[p] = 1;

    if (hasYears) {
      const start = index.startYear[p]!;
      if (start === 0) continue;
      const inRange = filters.yearMode === "started" ? start >= from && start <= to : start <= to && index.endYear[p]! >= from;
      if (!inRange) continue;
    }
    selected[p] = 1;
    selectedCount += 1;
  }
  const entryFilter = hasThemeFilter ? themeEntryMatches : () => true;
  return { matches, selected, selectedCount, rowSelected, themeEntryMatches: entryFilter };
}

