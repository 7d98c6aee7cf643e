import { type AggregateResult, type GroupRow, aggregate } from "./aggregate";
import type { QueryIndex } from "./build-index";
import type { AggregateQuery, Stack } from "./params";

/** A breakdown row split by a second dimension (e.g. a year's funding by financer category). */
export interface StackedGroupRow extends GroupRow {
  segments: { key: string; value: number }[];
}

/** Restricts a query to one value of the stack dimension, within what its filters already allow. */
export function restrict(query: AggregateQuery, stack: Stack, key: string): AggregateQuery | null {
  if (stack === "status") {
    if (query.status !== undefined && query.status !== key) return null;
    return { ...query, status: key as AggregateQuery["status"] };
  }
  const current = query[stack] as string[];
  if (current.length > 0 && !current.includes(key)) return null;
  return { ...query, [stack]: [key] };
}

/**
 * The breakdown of `query`, each row split by `query.stack`. Each segment is the same query with
 * the stack dimension filtered to one value, so segments follow the filters' exact semantics.
 */
export function aggregateStacked(index: QueryIndex, query: AggregateQuery): AggregateResult<StackedGroupRow> {
  const { stack, ...plain } = query;
  const base = aggregate(index, plain);
  const segments = new Map<string | number, StackedGroupRow["segments"]>();
  if (stack) {
    for (const key of index.dict[stack].keys) {
      const restricted = restrict(plain, stack, key);
      if (!restricted) continue;
      for (const row of aggregate(index, { ...restricted, limit: undefined }).rows) {
        const list = segments.get(row.key) ?? [];
        list.push({ key, value: row.value });
        segments.set(row.key, list);
      }
    }
  }
  return { ...base, rows: base.rows.map((row) => ({ ...row, segments: segments.get(row.key) ?? [] })) };
}
