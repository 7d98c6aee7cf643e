import type { FinancerCategory, FundingRow } from "../model";

/** One line of the funding table: a financer's amounts per year column, in euros. */
export interface FinancerFunding {
  financer: string;
  category: FinancerCategory;
  /** One cell per column of `FundingMatrix.years`; null where the financer declares nothing (not the same as 0 €). */
  amounts: (number | null)[];
  total: number;
  /** Sum of its "Montant 1 % Eau (loi Oudin)" amounts; null when none of its rows has one. */
  oudin: number | null;
}

/** "Financement du partenariat" as a financer × year table with its totals. */
export interface FundingMatrix {
  /** Column years, ascending; a last `null` column holds rows without a year (only when there are some). */
  years: (number | null)[];
  /** Financers in the order the fiche first lists them. */
  financers: FinancerFunding[];
  /** Total of each year column. */
  yearTotals: number[];
  total: number;
  /** The 1 % Eau amounts per year column and overall; null when no row states one (the column is then left out). */
  oudin: { byYear: (number | null)[]; total: number } | null;
}

const add = (sum: number | null, value: number) => (sum ?? 0) + value;

/**
 * Builds the financer × year table of a partnership's funding rows. Several rows of one financer
 * and year add up; Oudin amounts are kept apart and never added to the totals, as the Atlas's
 * own figures (and the dashboard's "amount" measure) count the "Montant en euros" column only.
 */
export function fundingMatrix(rows: readonly FundingRow[]): FundingMatrix {
  const dated = [...new Set(rows.flatMap((row) => (row.year === null ? [] : [row.year])))].sort((a, b) => a - b);
  const years: (number | null)[] = rows.some((row) => row.year === null) ? [...dated, null] : dated;
  const column = new Map(years.map((year, i) => [year, i]));
  const byFinancer = new Map<string, FinancerFunding>();
  const yearTotals = years.map(() => 0);
  let oudinByYear: (number | null)[] | null = null;
  let total = 0;
  for (const row of rows) {
    const c = column.get(row.year)!;
    let line = byFinancer.get(row.financer);
    if (!line) {
      line = { financer: row.financer, category: row.category, amounts: years.map(() => null), total: 0, oudin: null };
      byFinancer.set(row.financer, line);
    }
    line.amounts[c] = add(line.amounts[c] ?? null, row.amount);
    line.total += row.amount;
    yearTotals[c] = yearTotals[c]! + row.amount;
    total += row.amount;
    if (row.oudinAmount !== null) {
      line.oudin = add(line.oudin, row.oudinAmount);
      oudinByYear ??= years.map(() => null);
      oudinByYear[c] = add(oudinByYear[c] ?? null, row.oudinAmount);
    }
  }
  const oudin = oudinByYear ? { byYear: oudinByYear, total: oudinByYear.reduce<number>((sum, v) => sum + (v ?? 0), 0) } : null;
  return { years, financers: [...byFinancer.values()], yearTotals, total, oudin };
}
