import type { AggregateRow } from "../query/aggregate";
import { markPartialYears } from "../charts/partial-year";
import type { YearSegments } from "../charts/stack";
import { FINANCER_CATEGORIES } from "../model-codes";

export interface YearColumn extends YearSegments {
  total: number;
}

type StackedRow = AggregateRow & { segments?: { key: string; label: string; value: number }[] };

/**
 * The year chart's series: every year from the first to the last funding year (years without
 * funding drawn as zero rather than skipped), each split into the four financer categories in a
 * fixed order, and the partnerships active over the same years. Years from `firstPartial` on
 * (lib/charts/partial-year.ts, from the dataset's date) are flagged `partial`.
 */
export function yearSeries(funding: readonly StackedRow[], active: readonly AggregateRow[], firstPartial?: number) {
  const byYear = new Map(funding.filter((r) => typeof r.key === "number").map((r) => [r.key as number, r]));
  const labels = new Map<string, string>();
  for (const row of funding) for (const s of row.segments ?? []) labels.set(s.key, s.label);
  const years = [...byYear.keys()];
  if (years.length === 0) return { columns: [] as YearColumn[], line: [] as { year: number; value: number }[] };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const columns: YearColumn[] = [];
  for (let year = first; year <= last; year += 1) {
    const row = byYear.get(year);
    const segments = FINANCER_CATEGORIES.map((key) => ({
      key,
      label: labels.get(key) ?? key,
      value: row?.segments?.find((s) => s.key === key)?.value ?? 0,
    }));
    columns.push({ year, segments, total: row?.value ?? 0 });
  }
  const activeByYear = new Map(active.filter((r) => typeof r.key === "number").map((r) => [r.key as number, r.value]));
  const line = columns.map(({ year }) => ({ year, value: activeByYear.get(year) ?? 0 }));
  return { columns: markPartialYears(columns, firstPartial), line };
}
