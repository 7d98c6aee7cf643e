import { NONE_KEY } from "../keys";
import type { AggregateResult, GroupRow } from "./aggregate";
import type { QueryIndex } from "./build-index";
import { YEAR_SLOTS } from "./groups";
import type { AggregateQuery } from "./params";
import type { Selection } from "./select";

/**
 * Partnerships active each year, by a difference array: +1 in its first year, -1 after its last,
 * then running sums. One pass over the partnerships instead of one step per partnership-year.
 * Rows past `query.limit` are left to the caller to fold.
 */
export function countActiveYears(index: QueryIndex, query: AggregateQuery, selection: Selection): AggregateResult<GroupRow> {
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
  const funded = selection.fundedCount;
  return {
    rows,
    total: selection.selectedCount,
    partnerships: selection.selectedCount,
    coverage: { funded, partnerships: selection.selectedCount, share: selection.selectedCount ? funded / selection.selectedCount : 0 },
    groupsOverlap: overlap,
  };
}
