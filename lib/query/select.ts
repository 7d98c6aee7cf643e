import type { Dictionary } from "./dictionary";
import type { QueryIndex } from "./build-index";
import { type ListField, maskOf } from "./postings";
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
 * - `matched`: the positions of the partnerships that pass every filter but the year range;
 * - `selected[p]`: p also passes the year range (active in it, or started in it);
 * - `rowSelected[r]`: row r belongs to a matching partnership, its financer passes the financer
 *   filters and its own year lies in the range. Amounts are sums over these rows.
 */
export interface Selection {
  selected: Uint8Array;
  selectedCount: number;
  /** Selected partnerships with at least one selected funding row (the coverage's numerator). */
  fundedCount: number;
  rowSelected: Uint8Array;
  /** Ascending positions of the partnerships that pass every filter but the year range: those an aggregation visits. */
  matched: Int32Array;
  /** With theme filters, 1 for the theme entries that pass them; null without theme filters (all pass). */
  entryMatches: Uint8Array | null;
  /** The buffers behind the arrays above, handed back to the pool by `withSelection`. */
  scratch: Scratch;
}

/** Per-partnership and per-row buffers of one selection, reused from query to query. */
interface Scratch {
  selected: Uint8Array;
  rowSelected: Uint8Array;
  matched: Int32Array;
  candidates: Int32Array;
  masks: Uint8Array[];
  entries: Uint8Array;
}

// Allocating a megabyte of zeroed buffers per query costs more than the query itself at 127,000
// partnerships (page faults): each index keeps the buffers of finished selections for the next ones.
const pools = new WeakMap<QueryIndex, Scratch[]>();

function acquire(index: QueryIndex): Scratch {
  const scratch = pools.get(index)?.pop();
  if (!scratch) {
    return {
      selected: new Uint8Array(index.count),
      rowSelected: new Uint8Array(index.rowAmount.length),
      matched: new Int32Array(index.count),
      candidates: new Int32Array(index.count),
      masks: [],
      entries: new Uint8Array(index.entryTheme.length),
    };
  }
  scratch.selected.fill(0);
  scratch.rowSelected.fill(0);
  return scratch;
}

/**
 * Runs `use` on the selection of `filters`, then gives its buffers back for reuse: `use` must not
 * keep any of the selection's arrays.
 */
export function withSelection<T>(index: QueryIndex, filters: Filters, use: (selection: Selection) => T): T {
  const selection = select(index, filters);
  try {
    return use(selection);
  } finally {
    let pool = pools.get(index);
    if (!pool) {
      pool = [];
      pools.set(index, pool);
    }
    if (pool.length < 4) pool.push(selection.scratch);
  }
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

/** Stands for "no filter" on a single-valued column (ids are never negative but NONE = -1). */
const ANY = -2;

// 0, 1, … count - 1, shared by every query without a filter on partnerships (never written to).
const identities = new Map<number, Int32Array>();
function everyPosition(count: number): Int32Array {
  let positions = identities.get(count);
  if (!positions) {
    positions = new Int32Array(count);
    for (let p = 0; p < count; p += 1) positions[p] = p;
    identities.set(count, positions);
  }
  return positions;
}

const fundedCounts = new WeakMap<QueryIndex, number>();
/** Partnerships that declare any funding row. */
function fundedPartnerships(index: QueryIndex): number {
  let funded = fundedCounts.get(index);
  if (funded === undefined) {
    funded = 0;
    for (let p = 0; p < index.count; p += 1) if (index.rowStart[p + 1]! > index.rowStart[p]!) funded += 1;
    fundedCounts.set(index, funded);
  }
  return funded;
}

function maskOfIds(ids: ReadonlySet<number>, size: number): Uint8Array {
  const mask = new Uint8Array(size);
  for (const id of ids) mask[id] = 1;
  return mask;
}

/**
 * Applies filters to the index. Throws QueryError for a value the dataset does not know. Callers
 * go through `withSelection`, which recycles the buffers.
 */
function select(index: QueryIndex, filters: Filters): Selection {
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
  // Typed arrays in locals: the loops below run over 100,000+ partnerships and rows.
  const { count, entryTheme, entrySubTheme, entrySubSubTheme, themeStart, hasMainTheme, rowStart, rowFinancer, rowCategory, rowYear, startYear, endYear } = index;
  const themeId = theme ?? ANY;
  const subThemeId = subTheme ?? ANY;
  const subSubThemeId = subSubTheme ?? ANY;
  const scratch = acquire(index);
  // Each theme entry tested once, in one pass: partnerships and aggregations then read the result.
  let entryMatches: Uint8Array | null = null;
  if (hasThemeFilter) {
    entryMatches = scratch.entries;
    for (let e = 0; e < entryTheme.length; e += 1) {
      entryMatches[e] =
        (themeId === ANY || entryTheme[e] === themeId) &&
        (subThemeId === ANY || entrySubTheme[e] === subThemeId) &&
        (subSubThemeId === ANY || entrySubSubTheme[e] === subSubThemeId) ? 1 : 0;
    }
  }

  // Filters on list fields become masks, built from the few values' partnerships.
  const masks: Uint8Array[] = [];
  const listFilters: [ListField, Set<number> | null][] = [
    ["country", countries], ["region", regions], ["authority", authorities], ["authorityKind", kinds],
    ["departement", departements], ["frenchRegion", frenchRegions],
  ];
  for (const [field, ids] of listFilters) {
    if (!ids) continue;
    scratch.masks[masks.length] ??= new Uint8Array(index.count);
    const mask = scratch.masks[masks.length]!;
    masks.push(maskOf(index, field, ids, mask));
  }
  if (text) masks.push(text);
  const statusId = status ?? ANY;
  const formId = form ?? ANY;
  const anyTheme = filters.themeScope === "any";
  const partnershipFilter = masks.length > 0 || statusId !== ANY || formId !== ANY || hasThemeFilter;

  // 1. The partnerships that pass the filters on their own attributes.
  let candidates: Int32Array;
  if (!partnershipFilter) candidates = everyPosition(count);
  else {
    const statusColumn = index.status;
    const formColumn = index.form;
    const mask0 = masks[0];
    const moreMasks = masks.slice(1);
    candidates = scratch.candidates;
    let n = 0;
    for (let p = 0; p < count; p += 1) {
      if (mask0 !== undefined && mask0[p] === 0) continue;
      if (statusId !== ANY && statusColumn[p] !== statusId) continue;
      if (formId !== ANY && formColumn[p] !== formId) continue;
      if (moreMasks.length > 0 && moreMasks.some((mask) => mask[p] === 0)) continue;
      if (entryMatches !== null) {
        const first = themeStart[p]!;
        let ok = false;
        if (anyTheme) {
          for (let e = first; e < themeStart[p + 1]! && !ok; e += 1) ok = entryMatches[e] === 1;
        } else ok = hasMainTheme[p] === 1 && entryMatches[first] === 1;
        if (!ok) continue;
      }
      candidates[n++] = p;
    }
    candidates = candidates.subarray(0, n);
  }

  // 2. Their funding rows that pass the financer and year filters; then the partnerships' years.
  const financerMask = financers && maskOfIds(financers, dict.financer.size);
  const categoryMask = categories && maskOfIds(categories, dict.financerCategory.size);
  const hasFinancerFilter = financerMask !== null || categoryMask !== null;
  const rowFilter = hasFinancerFilter || hasYears;
  const started = filters.yearMode === "started";
  const { selected, rowSelected } = scratch;
  let matched: Int32Array;
  let selectedCount = 0;
  let fundedCount = 0;
  if (!partnershipFilter && !rowFilter) {
    selected.fill(1);
    rowSelected.fill(1);
    matched = candidates;
    selectedCount = count;
    fundedCount = fundedPartnerships(index);
  } else {
    matched = scratch.matched;
    let matchedCount = 0;
    for (let k = 0; k < candidates.length; k += 1) {
      const p = candidates[k]!;
      let anyRow = false;
      const rowEnd = rowStart[p + 1]!;
      for (let r = rowStart[p]!; r < rowEnd; r += 1) {
        if (rowFilter) {
          if (financerMask !== null && financerMask[rowFinancer[r]!] === 0) continue;
          if (categoryMask !== null && categoryMask[rowCategory[r]!] === 0) continue;
          const year = rowYear[r]!;
          if (hasYears && (year === 0 || year < from || year > to)) continue;
        }
        rowSelected[r] = 1;
        anyRow = true;
      }
      // A financer filter keeps the partnerships that this financer funds (in the year range).
      if (hasFinancerFilter && !anyRow) continue;
      matched[matchedCount++] = p;
      if (hasYears) {
        const start = startYear[p]!;
        if (start === 0) continue;
        const inRange = started ? start >= from && start <= to : start <= to && endYear[p]! >= from;
        if (!inRange) continue;
      }
      selected[p] = 1;
      selectedCount += 1;
      if (anyRow) fundedCount += 1;
    }
    matched = matched.subarray(0, matchedCount);
  }
  return { selected, selectedCount, fundedCount, rowSelected, matched, entryMatches, scratch };
}

