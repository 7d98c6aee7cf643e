import { NONE_KEY, OTHERS_KEY } from "../keys";
import { countActiveYears } from "./active-years";
import { NONE, type QueryIndex } from "./build-index";
import type { IdLists } from "./dictionary";
import { type Pass, type PassTotals, groupByActiveYear, groupByFundingRow, groupByList, groupBySingle, groupByThemeEntry, othersRow } from "./group-by";
import { Groups, YEAR_SLOTS, memberCount, memberLists } from "./groups";
import type { AggregateQuery, Breakdown } from "./params";
import { QueryError, type Selection, withSelection } from "./select";

/** One group of a breakdown, as the engine computes it: a key (ISO alpha-2, slug, INSEE code, year, or a key of lib/keys.ts) and numbers. */
export interface GroupRow {
  key: string | number;
  value: number;
  /** Partnerships in the group (for funding breakdowns: those with a funding row in it). */
  partnerships: number;
  /** On the OTHERS_KEY row only: how many groups it gathers. */
  groups?: number;
}

/** A group named for display (lib/labels/groups.ts names them): what the API answers and charts draw. */
export interface AggregateRow extends GroupRow {
  label: string;
}

/** One breakdown under filters, `Row` being GroupRow as computed, AggregateRow once named. */
export interface AggregateResult<Row extends GroupRow = AggregateRow> {
  rows: Row[];
  /** The measure over everything the filters keep (not the sum of rows when groups overlap). */
  total: number;
  /** Partnerships the filters keep. */
  partnerships: number;
  /** Share of those partnerships that declare any funding (within the filters). */
  coverage: { funded: number; partnerships: number; share: number };
  /** True when a partnership counts in several groups, so that rows add up to more than `total`. */
  groupsOverlap: boolean;
}

type DictBreakdown = Exclude<Breakdown, "year" | "startYear" | "activeYear">;

const LIST_DIMENSIONS = new Set<Breakdown>(["country", "region", "authority", "departement", "frenchRegion"]);
const YEAR_DIMENSIONS = new Set<Breakdown>(["year", "startYear", "activeYear"]);
const THEME_LEVEL = new Set<Breakdown>(["theme", "subTheme", "subSubTheme"]);

/** Computes one breakdown of one measure under filters. Throws QueryError for unknown values. */
export function aggregate(index: QueryIndex, query: AggregateQuery): AggregateResult<GroupRow> {
  return aggregateEach(index, [query])[0]!;
}

/**
 * Several breakdowns or measures of the same partnerships: the filters (those of the first query,
 * which the others must share) are applied once for all.
 */
export function aggregateEach(index: QueryIndex, queries: readonly AggregateQuery[]): AggregateResult<GroupRow>[] {
  for (const query of queries) checkMeasure(query);
  return withSelection(index, queries[0]!, (selection) => queries.map((query) => limited(aggregateRows(index, query, selection), query.limit)));
}

/** Throws QueryError for a measure the breakdown cannot take. */
export function checkMeasure({ by, measure }: Pick<AggregateQuery, "by" | "measure">): void {
  if (by === "activeYear" && (measure === "amount" || measure === "oudinAmount")) {
    throw new QueryError("measure", "by=activeYear counts partnerships active each year: amounts are broken down by=year");
  }
}

/** Every group of a breakdown within a selection already made, in order, before any limit (explain.ts folds them itself). */
export function aggregateRows(index: QueryIndex, query: AggregateQuery, selection: Selection): AggregateResult<GroupRow> {
  return query.by === "activeYear" && query.measure === "partnerships" ? countActiveYears(index, query, selection) : aggregateSelection(index, query, selection);
}

function limited(result: AggregateResult<GroupRow>, limit: number | undefined): AggregateResult<GroupRow> {
  if (limit === undefined || result.rows.length <= limit) return result;
  return { ...result, rows: [...result.rows.slice(0, limit), othersRow(result.rows.slice(limit), OTHERS_KEY)] };
}

function aggregateSelection(index: QueryIndex, query: AggregateQuery, selection: Selection): AggregateResult<GroupRow> {
  const { by, measure, themeRule } = query;
  const isAmount = measure === "amount" || measure === "oudinAmount";
  const members = memberLists(index, measure);
  const memberTotal = memberCount(index, measure);
  const groups = new Groups(YEAR_DIMENSIONS.has(by) ? YEAR_SLOTS : index.dict[by as DictBreakdown].size, members, memberTotal);
  const pass: Pass = {
    index,
    query,
    selection,
    groups,
    isAmount,
    amounts: measure === "oudinAmount" ? index.rowOudin : index.rowAmount,
    countsPartnerships: measure === "partnerships",
    splitRule: themeRule === "split" && selection.entryMatches !== null,
  };
  const { totalAmount, overlap } = runPass(pass);

  // Ties sort alphabetically (years in order, "none" last), through precomputed label ranks.
  const labelRanks = YEAR_DIMENSIONS.has(by) ? null : index.dict[by as DictBreakdown].labelRanks();
  const rank = new Float64Array(groups.none + 1);
  for (const slot of groups.touched) rank[slot] = slot === groups.none ? Infinity : labelRanks ? labelRanks[slot]! : slot;
  const values = members ? groups.distinctCount : groups.value;
  const order = groups.touched.filter((slot) => values[slot] !== 0 || groups.partnerships[slot] !== 0);
  order.sort((a, b) => values[b]! - values[a]! || rank[a]! - rank[b]!);
  const rows: GroupRow[] = order.map((slot) => ({
    key: groupKey(index, by, slot === groups.none ? NONE : slot),
    value: values[slot]!,
    partnerships: groups.partnerships[slot]!,
  }));

  const funded = selection.fundedCount;
  return {
    rows,
    total: isAmount ? totalAmount : measure === "partnerships" ? selection.selectedCount : distinctOverSelection(selection, members!, memberTotal),
    partnerships: selection.selectedCount,
    coverage: { funded, partnerships: selection.selectedCount, share: selection.selectedCount ? funded / selection.selectedCount : 0 },
    groupsOverlap: overlap,
  };
}

/** The loop of the query's kind of breakdown (lib/query/group-by.ts). */
function runPass(pass: Pass): PassTotals {
  const { index, query } = pass;
  const { by } = query;
  if (by === "year") return groupByFundingRow(pass, index.rowYear, true);
  if (by === "financer") return groupByFundingRow(pass, index.rowFinancer, false);
  if (by === "financerCategory") return groupByFundingRow(pass, index.rowCategory, false);
  const single = singleGroupColumn(index, by, query.themeRule);
  if (single) return groupBySingle(pass, single);
  if (LIST_DIMENSIONS.has(by)) return groupByList(pass, index[by as "country" | "region" | "authority" | "departement" | "frenchRegion"]);
  if (by === "theme") return groupByThemeEntry(pass, index.entryTheme);
  if (by === "subTheme") return groupByThemeEntry(pass, index.entrySubTheme);
  if (by === "subSubTheme") return groupByThemeEntry(pass, index.entrySubSubTheme);
  return groupByActiveYear(pass);
}

// Per index and breakdown: the group of each partnership when it has exactly one.
const singleColumns = new WeakMap<QueryIndex, Map<string, Int32Array>>();

/**
 * The slot of each partnership for breakdowns with one group per partnership: status, form, start
 * year, and a theme level under the main-theme rule. Null for the others.
 */
export function singleGroupColumn(index: QueryIndex, by: Breakdown, themeRule: AggregateQuery["themeRule"]): Int32Array | null {
  const themed = THEME_LEVEL.has(by) && themeRule === "main";
  if (!themed && by !== "status" && by !== "form" && by !== "startYear") return null;
  let byIndex = singleColumns.get(index);
  if (!byIndex) {
    byIndex = new Map();
    singleColumns.set(index, byIndex);
  }
  let column = byIndex.get(by);
  if (!column) {
    column = new Int32Array(index.count);
    const entries = by === "theme" ? index.entryTheme : by === "subTheme" ? index.entrySubTheme : index.entrySubSubTheme;
    for (let p = 0; p < index.count; p += 1) {
      column[p] =
        by === "status" ? index.status[p]! :
        by === "form" ? index.form[p]! :
        by === "startYear" ? index.startYear[p] || NONE :
        index.hasMainTheme[p] === 1 ? entries[index.themeStart[p]!]! : NONE;
    }
    byIndex.set(by, column);
  }
  return column;
}

function groupKey(index: QueryIndex, by: Breakdown, id: number): string | number {
  if (id === NONE) return NONE_KEY;
  if (YEAR_DIMENSIONS.has(by)) return id;
  return index.dict[by as DictBreakdown].keys[id]!;
}

function distinctOverSelection(selection: Selection, lists: IdLists, count: number): number {
  const seen = new Uint8Array(count);
  let distinct = 0;
  for (const p of selection.matched) {
    if (selection.selected[p] !== 1) continue;
    for (let i = lists.offsets[p]!; i < lists.offsets[p + 1]!; i += 1) {
      const id = lists.ids[i]!;
      if (seen[id] === 0) {
        seen[id] = 1;
        distinct += 1;
      }
    }
  }
  return distinct;
}
