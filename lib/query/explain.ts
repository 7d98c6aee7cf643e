import { NONE_KEY, OTHERS_KEY } from "../keys";
import { type GroupRow, aggregateRows, checkMeasure } from "./aggregate";
import type { QueryIndex } from "./build-index";
import type { IdLists } from "./dictionary";
import { Parts, PartsCollector, slotCountOf } from "./explain-parts";
import { Credits, candidatesOf, score } from "./explain-score";
import { othersRow } from "./group-by";
import { memberCount, memberLists } from "./groups";
import { NotFoundError } from "./not-found";
import type { AggregateQuery, Breakdown, Stack } from "./params";
import { QueryError, type Selection, withSelection } from "./select";
import { restrict } from "./stack";
import { rankedSlice } from "./top-k";

/**
 * "Explain this number": the partnerships that make up one row of a breakdown, each with its
 * contribution under the query's measure and theme rule, so that the contributions add up to the
 * row's value as /api/aggregate gives it.
 *
 * - Amounts: a partnership contributes its funding rows kept by the filters (financers, years),
 *   times the share its group gets: 1, or under the split rule 1/n per matching theme entry of n
 *   (theme breakdowns) or the share of its entries that pass the theme filter (other breakdowns).
 *   Partnerships that contribute nothing (no amount in the row) are left out.
 * - Partnerships: each counted partnership contributes 1 per group of the row it counts in.
 * - Distinct counts (French authorities, foreign partners) are not additive over partnerships: each
 *   member is counted once per group, credited to the first partnership of the group that brings it,
 *   in order of start year (unknown last), then of the dataset. Later partnerships that bring it too
 *   are listed with a contribution of 0 for it. The contributions then add up to the number of
 *   distinct members, which is the row's value.
 * - "others" gathers the groups past the limit, its value being the sum of theirs: a partnership in
 *   two of them contributes twice, as it counts twice in that sum.
 * - Without a breakdown (`by` absent), the number is the whole selection's, /api/summary's figure
 *   for the same filters: one group holding every partnership, by the same rules (amounts of every
 *   matched partnership times the split share, counts and distinct counts over the selected ones).
 * Everything is computed over the index's arrays; records are read only for the page shown.
 */
export interface ExplainQuery extends ExplainedQuery {
  /**
   * The row's key as /api/aggregate gives it (years as text), "none", "others", "unknown". A group
   * that the limit folds into "others" is explained too: its own value is well defined. Absent
   * with `by` (params.ts's checkExplained refuses it otherwise).
   */
  key?: string;
  /** With `stack`: the segment of the row to explain (a value of the stack dimension). */
  segment?: string;
  page: number;
  pageSize: number;
}

/** The query of a row (`by` given) or of the whole selection (`by` absent, so no stack nor limit). */
export type ExplainedQuery = Omit<AggregateQuery, "by"> & { by?: Breakdown };

/** The computed explanation, read inside the selection's lifetime (its arrays go back to the pool after). */
export interface ExplainContext {
  index: QueryIndex;
  /** The query explained: the request's, restricted to the segment when one is asked. */
  query: ExplainedQuery;
  selection: Selection;
  /** The row's key as /api/aggregate gives it (a number for years); null for the whole selection. */
  key: string | number | null;
  /** The groups the row gathers: itself, or for "others" each folded group; none for the whole selection. */
  groups: GroupRow[];
  /** The group slot of each of `groups`, in the same order. */
  slots: number[];
  /** The key of the group at a slot of `slots`. */
  keyOfSlot(slot: number): string | number;
  value: number;
  sum: number;
  /** The partnerships listed, in the dataset's order, and the contribution of each. */
  positions: Int32Array;
  contributions: Float64Array;
  /** Indices into `positions` of the ranks `start … end - 1`: contribution (to the cent) descending, then title. */
  ranked(start: number, end: number): Int32Array;
  /** What partnership p brings to the row (refilled at each call). */
  partsOf(p: number): Parts;
  /** Distinct counts: the members (ids of `members`) credited to the partnership, for each slot of its parts. */
  credited(p: number, slot: number, member: number): boolean;
  members: IdLists | null;
}

/** Runs `use` on the explanation of `query`. Throws QueryError (400) or NotFoundError (404). */
export function withExplanation<T>(index: QueryIndex, request: ExplainQuery, use: (context: ExplainContext) => T): T {
  const query = explainedQuery(index, request);
  const { by } = query;
  if (by !== undefined) checkMeasure({ by, measure: query.measure });
  return withSelection(index, query, (selection) => {
    const size = slotCountOf(index, by);
    // "others" needs the ranking of every group; a single group is found by its key alone.
    const folded = by !== undefined && request.key === OTHERS_KEY ? foldedGroups(index, { ...query, by }, selection) : null;
    // The whole selection is one group, in slot 0 (PartsCollector puts every partnership there).
    const keys = by === undefined ? [] : folded ? folded.map((group) => group.key) : [groupKeyOf(by, rowKeyOf(request))];
    const slots = by === undefined ? [0] : keys.map((key) => slotOf(index, by, key, size));
    // Per slot: 1 + the index of its group in `keys`, 0 for slots out of the row.
    const target = new Int32Array(size + 1);
    slots.forEach((slot, k) => {
      target[slot] = k + 1;
    });
    const collector = new PartsCollector(index, query, selection, target);
    const members = memberLists(index, query.measure);
    const credits = members ? new Credits(slots.length, memberCount(index, query.measure)) : null;
    const scores = score(index, collector, candidatesOf(index, query, selection, slots, size), members, credits);
    const { positions, contributions } = scores;
    // The rule of aggregate.ts: a group is a row when it has a value or partnerships.
    // The whole selection is a number even when empty (the tiles show 0).
    if (by !== undefined && !folded && scores.value === 0 && scores.partnerships === 0) noRow(rowKeyOf(request), by);
    const groups = by === undefined ? [] : (folded ?? [{ key: keys[0]!, value: scores.value, partnerships: scores.partnerships }]);
    let sum = 0;
    for (const contribution of contributions) sum += contribution;

    const ranks = titleRanks(index);
    const cents = contributions.map((contribution) => Math.round(contribution * 100));
    const before = (a: number, b: number) => cents[b]! - cents[a]! || ranks[positions[a]!]! - ranks[positions[b]!]!;
    const parts = new Parts();
    return use({
      index,
      query,
      selection,
      key: by === undefined ? null : folded ? OTHERS_KEY : keys[0]!,
      groups,
      slots,
      keyOfSlot: (slot) => keys[target[slot]! - 1]!,
      value: folded ? othersRow(folded, OTHERS_KEY).value : scores.value,
      sum,
      positions,
      contributions,
      ranked: (start, end) => rankedSlice(positions.length, before, start, end),
      partsOf: (p) => {
        collector.collect(p, parts);
        return parts;
      },
      credited: (p, slot, member) => credits?.holder(slot, member) === p,
      members,
    });
  });
}

/** The request's query, restricted to its segment (stack.ts's rule for a stacked row's segments). */
function explainedQuery(index: QueryIndex, request: ExplainQuery): ExplainedQuery {
  const { key: _key, segment, page: _page, pageSize: _pageSize, stack, ...query } = request;
  if (segment === undefined) return query;
  if (query.by === undefined) throw new QueryError("segment", "explains a segment of a row: give by and key too");
  if (!stack) throw new QueryError("segment", "explains a segment of a stacked row: give stack too");
  if (index.dict[stack as Stack].idOf(segment) === undefined) throw new QueryError("segment", `unknown value "${segment}" of stack=${stack}`);
  if (request.key === OTHERS_KEY) throw new NotFoundError("key", `the row "${OTHERS_KEY}" of a stacked breakdown has no segments`);
  const restricted = restrict({ ...query, by: query.by }, stack, segment);
  if (!restricted) throw new NotFoundError("segment", `no segment "${segment}": the filters leave it out`);
  return { ...restricted, limit: undefined };
}

/** The groups past the limit, which "others" gathers, in /api/aggregate's order. */
function foldedGroups(index: QueryIndex, query: AggregateQuery, selection: Selection): GroupRow[] {
  const { limit } = query;
  const rows = aggregateRows(index, { ...query, limit: undefined }, selection).rows;
  if (limit === undefined || rows.length <= limit) {
    throw new NotFoundError("key", `no row "${OTHERS_KEY}": it gathers the groups past \`limit\`, and ${limit === undefined ? "no limit is given" : `there are ${rows.length} groups`}`);
  }
  return rows.slice(limit);
}

/** The key of a row's request: the schema requires it with `by`, but the engine is also called directly. */
function rowKeyOf(request: ExplainQuery): string {
  if (request.key === undefined) throw new QueryError("key", "required with by: the key of a row as /api/aggregate gives it");
  return request.key;
}

/** A key as /api/aggregate gives it: years are numbers. */
function groupKeyOf(by: AggregateQuery["by"], key: string): string | number {
  if (key === NONE_KEY || (by !== "year" && by !== "startYear" && by !== "activeYear")) return key;
  return /^\d{4}$/.test(key) ? Number(key) : key;
}

/** The slot of a group key; a key the breakdown cannot have (an unknown theme, "2015x") is no row. */
function slotOf(index: QueryIndex, by: AggregateQuery["by"], key: string | number, size: number): number {
  if (key === NONE_KEY) return size;
  // Years are their own slots, below the slot of "none".
  if (typeof key === "number") return key < size ? key : noRow(key, by);
  const id = by === "year" || by === "startYear" || by === "activeYear" ? undefined : index.dict[by].idOf(key);
  return id === undefined ? noRow(key, by) : id;
}

function noRow(key: string | number, by: AggregateQuery["by"]): never {
  throw new NotFoundError("key", `no row "${key}" in the breakdown by ${by} under these filters`);
}

// Per index: each partnership's rank in the list's title order (ties in the dataset's order).
const titleRankCache = new WeakMap<QueryIndex, Int32Array>();
function titleRanks(index: QueryIndex): Int32Array {
  let ranks = titleRankCache.get(index);
  if (!ranks) {
    ranks = new Int32Array(index.count);
    index.orders.title.forEach((p, rank) => {
      ranks![p] = rank;
    });
    titleRankCache.set(index, ranks);
  }
  return ranks;
}
