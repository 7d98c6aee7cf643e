import type { YearSegments } from "../charts/stack";
import { type Lang, labelsOf } from "../labels";
import type { FundingRow } from "../model";
import { FINANCER_CATEGORIES } from "../model-codes";

/**
 * A partnership's funding per year stacked by financer category, for YearChart. Rows without a
 * year cannot be placed on the axis and are left out (the table shows them).
 */
export function fundingByYearAndCategory(rows: readonly FundingRow[], lang: Lang = "fr"): YearSegments[] {
  const byYear = new Map<number, Map<string, number>>();
  for (const row of rows) {
    if (row.year === null) continue;
    const year = byYear.get(row.year) ?? new Map<string, number>();
    year.set(row.category, (year.get(row.category) ?? 0) + row.amount);
    byYear.set(row.year, year);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, amounts]) => ({
      year,
      segments: FINANCER_CATEGORIES.filter((key) => amounts.has(key)).map((key) => ({
        key,
        label: labelsOf(lang).financerCategories[key],
        value: amounts.get(key)!,
      })),
    }));
}
