import type { GroupRow } from "./aggregate";
import { NONE, type QueryIndex } from "./build-index";
import type { IdLists } from "./dictionary";
import type { Groups } from "./groups";
import type { AggregateQuery } from "./params";
import type { Selection } from "./select";

/**
 * One pass of a breakdown over the selected partnerships. Each kind of breakdown has its own loop
 * below, chosen once per query, so that no loop tests the kind of breakdown per partnership.
 */
export interface Pass {
  index: QueryIndex;
  query: AggregateQuery;
  selection: Selection;
  groups: Groups;
  isAmount: boolean;
  /** Euros or 1 % Oudin euros of each funding row. */
  amounts: Float64Array;
  countsPartnerships: boolean;
  /** Under the split rule with theme filters, a partnership's amount is shared by its matching entries. */
  splitRule: boolean;
}

/** What a loop returns besides its groups: the measure's total for amounts, and whether groups overlap. */
export interface PassTotals {
  totalAmount: number;
  overlap: boolean;
}

/** The selected funding rows' amount of partnership p. */
function amountOf(pass: Pass, p: number): number {
  const { rowStart } = pass.index;
  const { rowSelected } = pass.selection;
  let amount = 0;
  for (let r = rowStart[p]!; r < rowStart[p + 1]!; r += 1) if (rowSelected[r] === 1) amount += pass.amounts[r]!;
  return amount;
}

const shareOf = (pass: Pass, p: number) => (pass.splitRule ? splitShare(pass.index, pass.selection, p) : 1);

/** Funding-row breakdowns (year, financer, financer category): each selected row goes to its group. */
export function groupByFundingRow(pass: Pass, rowGroup: Int32Array | Int16Array, byYear: boolean): PassTotals {
  const { groups, isAmount, amounts, countsPartnerships, selection } = pass;
  const { rowStart } = pass.index;
  let totalAmount = 0;
  let overlap = false;
  for (const p of selection.matched) {
    const share = shareOf(pass, p);
    if (isAmount) totalAmount += amountOf(pass, p) * share;
    let groupsOfP = 0;
    for (let r = rowStart[p]!; r < rowStart[p + 1]!; r += 1) {
      if (selection.rowSelected[r] !== 1) continue;
      const slot = groups.slot(byYear ? rowGroup[r] || NONE : rowGroup[r]!);
      if (isAmount) groups.value[slot]! += amounts[r]! * share;
      if (groups.countPartnership(slot, p)) {
        groupsOfP += 1;
        if (countsPartnerships) groups.value[slot]! += 1;
      }
    }
    if (!isAmount && groupsOfP > 1) overlap = true;
  }
  return { totalAmount, overlap };
}

/**
 * Visits each matched partnership with its selected amount and theme share, summing the total;
 * `visit` adds p to its groups and says whether it put it in several (overlapping) groups.
 */
function eachPartnership(pass: Pass, visit: (p: number, amount: number, share: number, isSelected: boolean) => boolean): PassTotals {
  const { isAmount, selection } = pass;
  let totalAmount = 0;
  let overlap = false;
  for (const p of selection.matched) {
    const share = shareOf(pass, p);
    const amount = isAmount ? amountOf(pass, p) : 0;
    totalAmount += amount * share;
    if (visit(p, amount, share, selection.selected[p] === 1)) overlap = true;
  }
  return { totalAmount, overlap };
}

/** Adds partnership p to a slot: its amount (amount measures), or one (partnership counts, once per group). */
function addTo(pass: Pass, slot: number, p: number, amount: number, isSelected: boolean): void {
  const { groups } = pass;
  if (pass.isAmount) groups.value[slot]! += amount;
  if (isSelected && groups.countPartnership(slot, p) && pass.countsPartnerships) groups.value[slot]! += 1;
}

/** Breakdowns with one group per partnership (status, form, start year, a theme level under the main rule). */
export function groupBySingle(pass: Pass, column: Int32Array): PassTotals {
  return eachPartnership(pass, (p, amount, share, isSelected) => {
    addTo(pass, pass.groups.slot(column[p]!), p, amount * share, isSelected);
    return false;
  });
}

/** List breakdowns (countries, authorities…): one group per value of the partnership's list, each with its theme share. */
export function groupByList(pass: Pass, lists: IdLists): PassTotals {
  return eachPartnership(pass, (p, amount, share, isSelected) => {
    const start = lists.offsets[p]!;
    const end = lists.offsets[p + 1]!;
    for (let i = start; i < Math.max(end, start + 1); i += 1) addTo(pass, pass.groups.slot(i < end ? lists.ids[i]! : NONE), p, amount * share, isSelected);
    return end - start > 1 && (!pass.isAmount || (end - start) * share > share + 1e-9);
  });
}

/** Theme levels under the split rule (each matching entry gets 1/n of the amount) or the full rule (each distinct theme all of it). */
export function groupByThemeEntry(pass: Pass, column: Int32Array): PassTotals {
  const { themeStart } = pass.index;
  const { entryMatches } = pass.selection;
  const full = pass.query.themeRule === "full";
  return eachPartnership(pass, (p, amount, share, isSelected) => {
    const first = themeStart[p]!;
    const entryCount = themeStart[p + 1]! - first;
    if (entryCount === 0) {
      addTo(pass, pass.groups.slot(NONE), p, amount, isSelected);
      return false;
    }
    const weight = full ? 1 : 1 / entryCount;
    let groupsOfP = 0;
    for (let e = first; e < first + entryCount; e += 1) {
      if (entryMatches !== null && entryMatches[e] === 0) continue;
      const id = column[e]!;
      if (full && earlierEntry(column, first, e, id, entryMatches)) continue;
      groupsOfP += 1;
      // A partnership under one group twice (split over two sub-themes of one theme) counts once: addTo counts it once.
      addTo(pass, pass.groups.slot(id), p, amount * weight, isSelected);
    }
    return groupsOfP > 1 && (!pass.isAmount || groupsOfP * weight > share + 1e-9);
  });
}

/**
 * Active years, for distinct counts (amounts are refused, partnerships counted by active-years.ts):
 * every year from its start to its end (ongoing: the dataset's last year), within the year filter.
 */
export function groupByActiveYear(pass: Pass): PassTotals {
  const { groups, selection, index } = pass;
  const yearFrom = pass.query.yearFrom ?? -Infinity;
  const yearTo = pass.query.yearTo ?? Infinity;
  let overlap = false;
  for (const p of selection.matched) {
    const isSelected = selection.selected[p] === 1;
    if (index.startYear[p] === 0) {
      if (isSelected) groups.countPartnership(groups.slot(NONE), p);
      continue;
    }
    const from = Math.max(index.startYear[p]!, yearFrom);
    const to = Math.min(index.endYear[p]!, index.lastYear, yearTo);
    if (to > from) overlap = true;
    for (let year = from; year <= to; year += 1) {
      const slot = groups.slot(year);
      if (isSelected) groups.countPartnership(slot, p);
    }
  }
  return { totalAmount: 0, overlap };
}

/** Whether an entry before e (of the same partnership, passing the theme filters) has the same id. */
function earlierEntry(column: Int32Array, first: number, e: number, id: number, matches: Uint8Array | null): boolean {
  for (let f = first; f < e; f += 1) if (column[f] === id && (matches === null || matches[f] === 1)) return true;
  return false;
}

/** The share of a partnership's amount that the split rule gives to the entries passing the theme filters. */
export function splitShare(index: QueryIndex, selection: Selection, p: number): number {
  const first = index.themeStart[p]!;
  const count = index.themeStart[p + 1]! - first;
  if (count === 0) return 1;
  const matches = selection.entryMatches;
  if (matches === null) return 1;
  let matching = 0;
  for (let e = first; e < first + count; e += 1) matching += matches[e]!;
  return matching / count;
}

/** The row gathering the groups past a limit. */
export function othersRow(rest: GroupRow[], key: string): GroupRow {
  return {
    key,
    value: rest.reduce((sum, row) => sum + row.value, 0),
    partnerships: rest.reduce((sum, row) => sum + row.partnerships, 0),
    groups: rest.length,
  };
}
