import "server-only";
import { type AggregateBody, type SummaryBody, aggregateBody, summaryBody } from "../api/responses";
import { themeLevel } from "../dashboard/queries";
import { OTHERS_KEY } from "../keys";
import { type Lang, labelsOf } from "../labels";
import type { QueryEngine } from "../query/engine";
import type { Breakdown, Filters } from "../query/params";
import { QueryError, isQueryError } from "../query/select";
import type { ComparePanel } from "./panels";
import { type CompareRow, compareRow } from "./rows";
import { type CompareMeasure, type CompareState, EMPTY_FILTERS, SIDES, type Side } from "./state";

/** One breakdown of both sides on a shared axis: the rows of either side, the total of each. */
export interface CompareBreakdown {
  panel: ComparePanel;
  by: Breakdown;
  measure: CompareMeasure;
  rows: CompareRow[];
  total: CompareRow;
}

/** How a panel breaks the partnerships down, and how many groups it shows before "Autres". */
export function breakdownOf(panel: ComparePanel, state: Pick<CompareState, "a" | "b" | "measure">): { by: Breakdown; limit: number | null } {
  switch (panel) {
    case "compare-years":
      // Amounts are counted on each funding row's own year; partnerships in each year they are active.
      return { by: state.measure === "amount" ? "year" : "activeYear", limit: null };
    case "compare-themes":
      return { by: sharedThemeLevel(state.a, state.b), limit: 12 };
    case "compare-financer-categories":
      return { by: "financerCategory", limit: null };
    case "compare-financers":
      return { by: "financer", limit: 10 };
    case "compare-countries":
      return { by: "country", limit: 10 };
    case "compare-authorities":
      return { by: "authority", limit: 10 };
  }
}

/**
 * The theme level both sides can share: one below their common theme filter (two sub-themes of the
 * same theme), else the themes themselves (two different themes side by side).
 */
export function sharedThemeLevel(a: Filters, b: Filters): Breakdown {
  const level = themeLevel(a);
  const same = level === themeLevel(b) && a.theme === b.theme && a.subTheme === b.subTheme;
  return same ? level : "theme";
}

/** A side's query of a breakdown, as /api/aggregate takes it. */
export const sideQuery = (filters: Filters, by: Breakdown, measure: CompareMeasure) => ({ ...filters, by, measure });

/**
 * The rows of both answers on one axis: every group of either side, the other side counting 0 in
 * it. Years run in order with no gap; other breakdowns by the larger of the two values, the groups
 * past `limit` gathered in one "Autres (n)" row, as the dashboard's top tens do.
 */
export function mergeRows(a: AggregateBody, b: AggregateBody, by: Breakdown, limit: number | null, lang: Lang = "fr"): { rows: CompareRow[]; total: CompareRow } {
  const labels = labelsOf(lang);
  const byKey = new Map<string | number, { key: string | number; label: string; a: number; b: number; pa: number; pb: number }>();
  for (const [side, body] of [["a", a], ["b", b]] as const) {
    for (const row of body.rows) {
      const entry = byKey.get(row.key) ?? { key: row.key, label: row.label, a: 0, b: 0, pa: 0, pb: 0 };
      entry[side] = row.value;
      entry[side === "a" ? "pa" : "pb"] = row.partnerships;
      byKey.set(row.key, entry);
    }
  }
  let entries = [...byKey.values()];
  if (by === "year" || by === "activeYear" || by === "startYear") {
    const years = entries.filter((e) => typeof e.key === "number").map((e) => e.key as number);
    if (years.length > 0) {
      for (let year = Math.min(...years); year < Math.max(...years); year += 1) {
        if (!byKey.has(year)) entries.push({ key: year, label: String(year), a: 0, b: 0, pa: 0, pb: 0 });
      }
    }
    const rank = (key: string | number) => (typeof key === "number" ? key : Number.MAX_SAFE_INTEGER);
    entries.sort((x, y) => rank(x.key) - rank(y.key));
  } else {
    entries = entries.filter((e) => e.a !== 0 || e.b !== 0 || e.pa !== 0 || e.pb !== 0);
    entries.sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b) || y.a + y.b - (x.a + x.b) || x.label.localeCompare(y.label, "fr"));
  }
  const rows = entries.map((e) => compareRow(e.key, e.label, e.a, e.b, e.pa, e.pb));
  if (limit !== null && rows.length > limit) {
    const rest = entries.slice(limit);
    const sum = (pick: (e: (typeof rest)[number]) => number) => rest.reduce((total, e) => total + pick(e), 0);
    rows.splice(limit, rows.length, compareRow(OTHERS_KEY, labels.others(rest.length), sum((e) => e.a), sum((e) => e.b), sum((e) => e.pa), sum((e) => e.pb)));
  }
  return { rows, total: compareRow("total", labels.total, a.total, b.total, a.partnerships, b.partnerships) };
}

/** One panel's breakdown of both sides, each side asked of the engine as /api/aggregate asks it. */
export function compareBreakdown(engine: QueryEngine, panel: ComparePanel, state: Pick<CompareState, "a" | "b" | "measure">, lang: Lang = "fr"): CompareBreakdown {
  const { by, limit } = breakdownOf(panel, state);
  const [a, b] = SIDES.map((side) => onSide(side, () => aggregateBody(engine, sideQuery(state[side], by, state.measure), lang)));
  return { panel, by, measure: state.measure, ...mergeRows(a!, b!, by, limit, lang) };
}

/** A side's headline figures and filters in words, as /api/summary answers them. */
export type SideSummary = SummaryBody;

export function sideSummaries(engine: QueryEngine, state: Pick<CompareState, "a" | "b">, lang: Lang = "fr"): Record<Side, SideSummary> {
  return { a: onSide("a", () => summaryBody(engine, state.a, lang)), b: onSide("b", () => summaryBody(engine, state.b, lang)) };
}

/** Runs a side's query; an engine error names the parameter as the URL does ("a.theme"). */
export function onSide<T>(side: Side, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isQueryError(error)) throw error;
    if (error.param.startsWith(`${side}.`)) throw error;
    const message = error.message.startsWith(`${error.param}: `) ? error.message.slice(error.param.length + 2) : error.message;
    throw new QueryError(`${side}.${error.param}`, message);
  }
}

/**
 * The page's leniency: a side's filter the dataset does not know (an unknown theme…) is dropped
 * and reported, as the dashboard drops it, so that the rest of the comparison still shows.
 */
export function checkedState(engine: QueryEngine, state: CompareState): { state: CompareState; issues: { param: string; message: string }[] } {
  const issues: { param: string; message: string }[] = [];
  const next = { ...state };
  for (const side of SIDES) {
    let filters = state[side];
    // Each round drops one bad filter: a side has fewer filters than this.
    for (let round = 0; round < 30; round += 1) {
      try {
        engine.summary(filters);
        break;
      } catch (error) {
        if (!isQueryError(error) || !(error.param in EMPTY_FILTERS || error.param in filters)) throw error;
        issues.push({ param: `${side}.${error.param}`, message: error.message.replace(`${error.param}: `, "") });
        filters = { ...filters, [error.param]: EMPTY_FILTERS[error.param as keyof Filters] };
      }
    }
    next[side] = filters;
  }
  return { state: next, issues };
}
