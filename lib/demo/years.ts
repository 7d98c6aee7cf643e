/**
 * Year distributions of the demo Atlas (first signature of the convention), by kind of
 * partnership, as piecewise-linear densities over 1950..referenceYear, and the yearly money
 * target the funding amounts are calibrated on (the public figures of the official development aid
 * declared by French authorities).
 */
import { WeightedTable } from "./random";

export const FIRST_YEAR = 1950;

export type YearCurve =
  | "twinning-germany"
  | "twinning-west"
  | "twinning-east"
  | "twinning-north"
  | "twinning-development"
  | "exchange"
  | "development";

/** [year, relative density] knots; the density is linear between knots and flat after the last. */
const KNOTS: Record<YearCurve, readonly (readonly [number, number])[]> = {
  // Montbéliard–Ludwigsburg, 1950: Franco-German jumelages came first and peaked in the 1960s.
  "twinning-germany": [[1950, 3], [1955, 7], [1960, 12], [1965, 14], [1970, 12], [1975, 9], [1980, 7], [1990, 4], [2000, 2], [2010, 1], [2020, 0.6]],
  "twinning-west": [[1950, 0.3], [1955, 1.5], [1965, 5], [1975, 8], [1985, 8], [1995, 5], [2005, 3], [2015, 1.5], [2020, 1]],
  "twinning-east": [[1950, 0.1], [1970, 0.4], [1988, 0.8], [1990, 8], [1995, 8], [2005, 5], [2015, 2], [2020, 1]],
  "twinning-north": [[1950, 0.2], [1960, 1], [1980, 3], [1990, 5], [2000, 5], [2010, 3.5], [2020, 2]],
  "twinning-development": [[1955, 0], [1960, 0.3], [1975, 3], [1985, 5], [1995, 4], [2005, 2], [2020, 1]],
  exchange: [[1955, 0], [1960, 0.3], [1980, 2], [1990, 5], [2000, 6], [2010, 6], [2020, 5]],
  // Development projects: mostly 1990–2024.
  development: [[1970, 0], [1975, 0.2], [1985, 1], [1990, 3], [1995, 4.5], [2000, 6], [2005, 8], [2010, 8], [2015, 7], [2020, 6], [2024, 5]],
};

function density(knots: readonly (readonly [number, number])[], year: number): number {
  const first = knots[0] as readonly [number, number];
  if (year < first[0]) return 0;
  for (let i = 1; i < knots.length; i++) {
    const [y1, d1] = knots[i] as readonly [number, number];
    const [y0, d0] = knots[i - 1] as readonly [number, number];
    if (year <= y1) return d0 + ((d1 - d0) * (year - y0)) / (y1 - y0);
  }
  return (knots[knots.length - 1] as readonly [number, number])[1];
}

const tables = new Map<string, WeightedTable<number>>();

/** The year table of a curve up to the reference year (built once per curve and year). */
export function yearTable(curve: YearCurve, referenceYear: number): WeightedTable<number> {
  const key = `${curve}:${referenceYear}`;
  let table = tables.get(key);
  if (!table) {
    const years: number[] = [];
    const weights: number[] = [];
    for (let y = FIRST_YEAR; y <= referenceYear; y++) {
      years.push(y);
      weights.push(density(KNOTS[curve], y));
    }
    table = new WeightedTable(years, weights);
    tables.set(key, table);
  }
  return table;
}

/** Official development aid declared by French authorities, M€ a year (public figures), and a ramp before. */
const MONEY_KNOTS: readonly (readonly [number, number])[] = [
  [1985, 4], [1990, 12], [1995, 22], [2000, 35], [2003, 45.4], [2004, 46.6], [2005, 45.5], [2006, 57.6],
  [2007, 62.2], [2008, 72.5], [2009, 69.7], [2010, 60.5], [2015, 59.6], [2023, 62.8], [2024, 50.2], [2025, 50],
];

/**
 * Target total of the funding rows of a year, in euros at scale 1; null before 1985 (amounts are
 * then left as drawn). The reference year itself is only partly declared (60 %).
 */
export function yearlyMoneyTarget(year: number, referenceYear: number): number | null {
  if (year < 1985 || year > referenceYear) return null;
  const millions = density(MONEY_KNOTS, year);
  return millions * 1e6 * (year === referenceYear && year > 2024 ? 0.6 : 1);
}
