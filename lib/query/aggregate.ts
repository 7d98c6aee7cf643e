import { NONE_KEY, OTHERS_KEY } from "../keys";
import type { IdLists } from "./dictionary";
import { type QueryIndex, NONE } from "./build-index";
import type { AggregateQuery, Breakdown, Measure } from "./params";
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

const ROW_DIMENSIONS = new Set<Breakdown>(["financer", "financerCategory", "year"]);
const LIST_DIMENSIONS = new Set<Breakdown>(["country", "region", "authority", "departement", "frenchRegion"]);
const YEAR_DIMENSIONS = new Set<Breakdown>(["year", "startYear", "activeYear"]);
const THEME_LEVEL = new Set<Breakdown>(["theme", "subTheme", "subSubTheme"]);
/** Years are group slots of their own value; the slot after the last year is "none". */
const YEAR_SLOTS = 2101;

/** Ids of the French authorities or foreign partners a distinct-count measure counts. */
function memberLists(index: QueryIndex, measure: Measure): IdLists | null {
  if (measure === "frenchAuthorities") return index.authority;
  if (measure === "foreignPartners") return index.foreignPartner;
  return null;
}

/**
 * Group accumulators in dense typed arrays, one slot per dictionary id or year, and a last slot
 * for "none": a query touches at most a few thousand slots and allocates nothing per partnership.
 */
class Groups {
  readonly value: Float64Array;
  readonly partnerships: Int32Array;
  readonly lastPartnership: Int32Array;
  /** Distinct measures: per slot, a bitmap of the members counted (built when the slot is first used) and their number. */
  readonly members: (Uint8Array | undefined)[] = [];
  readonly distinctCount: Int32Array;
  /** Slots in the order they were first used, so that only those are read back. */
  readonly touched: number[] = [];
  private readonly seen: Uint8Array;
  readonly none: number;

  constructor(
    size: number,
    readonly distinct: IdLists | null,
    private readonly memberCount = 0,
  ) {
    this.none = size;
    this.distinctCount = new Int32Array(size + 1);
    this.value = new Float64Array(size + 1);
    this.partnerships = new Int32Array(size + 1);
    this.lastPartnership = new Int32Array(size + 1).fill(-1);
    this.seen = new Uint8Array(size + 1);
  }

  slot(id: number): number {
    const slot = id === NONE ? this.none : id;
    if (this.seen[slot] === 0) {
      this.seen[slot] = 1;
      this.touched.push(slot);
    }
    return slot;
  }

  /** Counts partnership p in a slot once, with its French authorities or partners for distinct measures. */
  countPartnership(slot: number, p: number): boolean {
    if (this.lastPartnership[slot] === p) return false;
    this.lastPartnership[slot] = p;
    this.partnerships[slot]! += 1;
    if (this.distinct) {
      const seen = (this.members[slot] ??= new Uint8Array(this.memberCount));
      for (let i = this.distinct.offsets[p]!; i < this.distinct.offsets[p + 1]!; i += 1) {
        const id = this.distinct.ids[i]!;
        if (seen[id] === 0) {
          seen[id] = 1;
          this.distinctCount[slot]! += 1;
        }
      }
    }
    return true;
  }
}

/** Computes one breakdown of one measure under filters. Throws QueryError for unknown values. */
export function aggregate(index: QueryIndex, query: AggregateQuery): AggregateResult<GroupRow> {
  return aggregateEach(index, [query])[0]!;
}

/**
 * Several breakdowns or measures of the same partnerships: the filters (those of the first query,
 * which the others must share) are applied once for all.
 */
export function aggregateEach(index: QueryIndex, queries: readonly AggregateQuery[]): AggregateResult<GroupRow>[] {
  for (const { by, measure } of queries) {
    if (by === "activeYear" && (measure === "amount" || measure === "oudinAmount")) {
      throw new QueryError("measure", "by=activeYear counts partnerships active each year: amounts are broken down by=year");
    }
  }
  return withSelection(index, queries[0]!, (selection) =>
    queries.map((query) =>
      query.by === "activeYear" && query.measure === "partnerships" ? countActiveYears(index, query, selection) : aggregateSelection(index, query, selection),
    ),
  );
}

function aggregateSelection(index: QueryIndex, query: AggregateQuery, selection: Selection): AggregateResult<GroupRow> {
  const { by, measure, themeRule } = query;
  const isAmount = measure === "amount" || measure === "oudinAmount";
  const amounts = measure === "oudinAmount" ? index.rowOudin : index.rowAmount;
  const members = memberLists(index, measure);
  const memberCount = measure === "frenchAuthorities" ? index.dict.authority.size : measure === "foreignPartners" ? index.dict.foreignPartner.size : 0;
  const groups = new Groups(YEAR_DIMENSIONS.has(by) ? YEAR_SLOTS : index.dict[by as Exclude<Breakdown, "year" | "startYear" | "activeYear">].size, members, memberCount);
  const byRows = ROW_DIMENSIONS.has(by);
  // Under the split rule with theme filters, a partnership's amount is shared by its matching entries.
  const splitRule = themeRule === "split" && selection.entryMatches !== null;
  const countsPartnerships = measure === "partnerships";
  // Breakdowns that put each partnership in exactly one group read that group from one column.
  const single = singleGroupColumn(index, by, themeRule);
  const themeColumn = !THEME_LEVEL.has(by) || single ? null : by === "theme" ? index.entryTheme : by === "subTheme" ? index.entrySubTheme : index.entrySubSubTheme;
  const { entryMatches } = selection;
  const lists = LIST_DIMENSIONS.has(by) ? index[by as "country" | "region" | "authority" | "departement" | "frenchRegion"] : null;
  const rowGroup = by === "year" ? index.rowYear : by === "financer" ? index.rowFinancer : index.rowCategory;
  const { rowStart, themeStart } = index;
  const { rowSelected, selected, matched } = selection;
  const { startYear, endYear } = index;
  const yearFrom = query.yearFrom ?? -Infinity;
  const yearTo = query.yearTo ?? Infinity;
  let overlap = false;
  let totalAmount = 0;

  for (let k = 0; k < matched.length; k += 1) {
    const p = matched[k]!;
    const first = themeStart[p]!;
    const entryCount = themeStart[p + 1]! - first;
    const share = splitRule ? splitShare(index, selection, p) : 1;
    let amount = 0;
    const rowEnd = rowStart[p + 1]!;
    if (isAmount) {
      for (let r = rowStart[p]!; r < rowEnd; r += 1) if (rowSelected[r] === 1) amount += amounts[r]!;
      totalAmount += amount * share;
    }

    if (byRows) {
      let groupsOfP = 0;
      for (let r = rowStart[p]!; r < rowEnd; r += 1) {
        if (rowSelected[r] !== 1) continue;
        const slot = groups.slot(by === "year" ? rowGroup[r] || NONE : rowGroup[r]!);
        if (isAmount) groups.value[slot]! += amounts[r]! * share;
        if (groups.countPartnership(slot, p)) {
          groupsOfP += 1;
          if (countsPartnerships) groups.value[slot]! += 1;
        }
      }
      if (!isAmount && groupsOfP > 1) overlap = true;
      continue;
    }

    const isSelected = selected[p] === 1;
    if (single) {
      const slot = groups.slot(single[p]!);
      if (isAmount) groups.value[slot]! += amount * share;
      if (isSelected && groups.countPartnership(slot, p) && countsPartnerships) groups.value[slot]! += 1;
      continue;
    }

    if (lists) {
      // One group per value of the partnership's list (its countries, authorities…), each with the theme share.
      const start = lists.offsets[p]!;
      const end = lists.offsets[p + 1]!;
      if (end - start > 1 && (!isAmount || (end - start) * share > share + 1e-9)) overlap = true;
      for (let i = start; i < Math.max(end, start + 1); i += 1) {
        const slot = groups.slot(i < end ? lists.ids[i]! : NONE);
        if (isAmount) groups.value[slot]! += amount * share;
        if (isSelected && groups.countPartnership(slot, p) && countsPartnerships) groups.value[slot]! += 1;
      }
      continue;
    }

    if (themeColumn) {
      // Split: each matching entry gets 1/n of the amount; full: each distinct theme gets all of it.
      if (entryCount === 0) {
        const slot = groups.slot(NONE);
        if (isAmount) groups.value[slot]! += amount;
        if (isSelected && groups.countPartnership(slot, p) && countsPartnerships) groups.value[slot]! += 1;
        continue;
      }
      const weight = themeRule === "split" ? 1 / entryCount : 1;
      let groupsOfP = 0;
      for (let e = first; e < first + entryCount; e += 1) {
        if (entryMatches !== null && entryMatches[e] === 0) continue;
        const id = themeColumn[e]!;
        if (themeRule === "full" && earlierEntry(themeColumn, first, e, id, entryMatches)) continue;
        groupsOfP += 1;
        const slot = groups.slot(id);
        if (isAmount) groups.value[slot]! += amount * weight;
        // A partnership under one group twice (split over two sub-themes of one theme) counts once.
        if (isSelected && groups.countPartnership(slot, p) && countsPartnerships) groups.value[slot]! += 1;
      }
      if (groupsOfP > 1 && (!isAmount || groupsOfP * weight > share + 1e-9)) overlap = true;
      continue;
    }

    // Active years, for distinct counts (amounts are refused, partnerships counted by countActiveYears):
    // every year from its start to its end (ongoing: the dataset's last year), within the year filter.
    if (startYear[p] === 0) {
      if (isSelected) groups.countPartnership(groups.slot(NONE), p);
      continue;
    }
    const from = Math.max(startYear[p]!, yearFrom);
    const to = Math.min(endYear[p]!, index.lastYear, yearTo);
    if (to > from) overlap = true;
    for (let year = from; year <= to; year += 1) {
      const slot = groups.slot(year);
      if (isSelected) groups.countPartnership(slot, p);
    }
  }

  // Ties sort alphabetically (years in order, "none" last), through precomputed label ranks.
  const labelRanks = YEAR_DIMENSIONS.has(by) ? null : index.dict[by as Exclude<Breakdown, "year" | "startYear" | "activeYear">].labelRanks();
  const rank = new Float64Array(groups.none + 1);
  for (const slot of groups.touched) rank[slot] = slot === groups.none ? Infinity : labelRanks ? labelRanks[slot]! : slot;
  const values = members ? groups.distinctCount : groups.value;
  const order = groups.touched.filter((slot) => values[slot] !== 0 || groups.partnerships[slot] !== 0);
  order.sort((a, b) => values[b]! - values[a]! || rank[a]! - rank[b]!);
  let rows: GroupRow[] = order.map((slot) => ({
    key: groupKey(index, by, slot === groups.none ? NONE : slot),
    value: values[slot]!,
    partnerships: groups.partnerships[slot]!,
  }));
  if (query.limit !== undefined && rows.length > query.limit) rows = [...rows.slice(0, query.limit), othersRow(rows.slice(query.limit))];

  const funded = selection.fundedCount;
  return {
    rows,
    total: isAmount ? totalAmount : measure === "partnerships" ? selection.selectedCount : distinctOverSelection(selection, members!, memberCount),
    partnerships: selection.selectedCount,
    coverage: { funded, partnerships: selection.selectedCount, share: selection.selectedCount ? funded / selection.selectedCount : 0 },
    groupsOverlap: overlap,
  };
}

/**
 * Partnerships active each year, by a difference array: +1 in its first year, -1 after its last,
 * then running sums. One pass over the partnerships instead of one step per partnership-year.
 */
function countActiveYears(index: QueryIndex, query: AggregateQuery, selection: Selection): AggregateResult<GroupRow> {
  const delta = new Int32Array(YEAR_SLOTS + 2);
  let none = 0;
  let overlap = false;
  for (const p of selection.matched) {
    if (selection.selected[p] !== 1) continue;
    if (index.startYear[p] === 0) {
      none += 1;
      continue;
    }
    const from = Math.max(index.startYear[p]!, query.yearFrom ?? -Infinity);
    const to = Math.min(index.endYear[p]!, index.lastYear, query.yearTo ?? Infinity);
    if (from > to) continue;
    if (to > from) overlap = true;
    delta[from]! += 1;
    delta[to + 1]! -= 1;
  }
  const rows: GroupRow[] = [];
  let running = 0;
  for (let year = 0; year < YEAR_SLOTS; year += 1) {
    running += delta[year]!;
    if (running !== 0) rows.push({ key: year, value: running, partnerships: running });
  }
  if (none > 0) rows.push({ key: NONE_KEY, value: none, partnerships: none });
  rows.sort((a, b) => b.value - a.value || (a.key === NONE_KEY ? 1 : b.key === NONE_KEY ? -1 : (a.key as number) - (b.key as number)));
  const limited =
    query.limit !== undefined && rows.length > query.limit
      ? [...rows.slice(0, query.limit), othersRow(rows.slice(query.limit))]
      : rows;
  const funded = selection.fundedCount;
  return {
    rows: limited,
    total: selection.selectedCount,
    partnerships: selection.selectedCount,
    coverage: { funded, partnerships: selection.selectedCount, share: selection.selectedCount ? funded / selection.selectedCount : 0 },
    groupsOverlap: overlap,
  };
}

function othersRow(rest: GroupRow[]): GroupRow {
  return {
    key: OTHERS_KEY,
    value: rest.reduce((sum, row) => sum + row.value, 0),
    partnerships: rest.reduce((sum, row) => sum + row.partnerships, 0),
    groups: rest.length,
  };
}

/** Whether an entry before e (of the same partnership, passing the theme filters) has the same id. */
function earlierEntry(column: Int32Array, first: number, e: number, id: number, matches: Uint8Array | null): boolean {
  for (let f = first; f < e; f += 1) if (column[f] === id && (matches === null || matches[f] === 1)) return true;
  return false;
}

// Per index and breakdown: the group of each partnership when it has exactly one.
const singleColumns = new WeakMap<QueryIndex, Map<string, Int32Array>>();

/**
 * The slot of each partnership for breakdowns with one group per partnership: status, form, start
 * year, and a theme level under the main-theme rule. Null for the others.
 */
function singleGroupColumn(index: QueryIndex, by: Breakdown, themeRule: AggregateQuery["themeRule"]): Int32Array | null {
  const themed = THEME_LEVEL.has(by) && themeRule === "main";
  if (!themed && by !== "status" && by !== "form" && by !== "startYear") return null;
  let byIndex = singleColumns.get(index);
  if (!byIndex) singleColumns.set(index, (byIndex = new Map()));
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

/** The share of a partnership's amount that the split rule gives to the entries passing the theme filters. */
export function splitShare(index: QueryIndex, selection: Selection, p: number): number {
  const first = index.themeStart[p]!;
  const count = index.themeStart[p + 1]! - first;
  return count > 0 ? countMatching(first, count, selection) / count : 1;
}

function countMatching(first: number, count: number, selection: Selection): number {
  let matching = 0;
  const matches = selection.entryMatches;
  if (matches === null) return count;
  for (let e = first; e < first + count; e += 1) matching += matches[e]!;
  return matching;
}

function groupKey(index: QueryIndex, by: Breakdown, id: number): string | number {
  if (id === NONE) return NONE_KEY;
  if (YEAR_DIMENSIONS.has(by)) return id;
  return index.dict[by as Exclude<Breakdown, "year" | "startYear" | "activeYear">].keys[id]!;
}

function distinctOverSelection(selection: Selection, lists: IdLists, memberCount: number): number {
  const seen = new Uint8Array(memberCount);
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
