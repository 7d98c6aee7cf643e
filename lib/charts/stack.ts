import { scaleBand, scaleLinear, stack, stackOffsetNone, stackOrderNone, type ScaleBand, type ScaleLinear } from "d3";
import { thinYearTicks } from "./ticks";

/** One year of a stacked chart: its value per segment key (e.g. funding per financer category). */
export interface YearSegments {
  year: number;
  segments: { key: string; label: string; value: number }[];
  /** The year is not over at the dataset's date (lib/charts/partial-year.ts): drawn hatched, flagged in tables. */
  partial?: boolean;
}

export interface StackedSegment {
  key: string;
  year: number;
  /** Bottom and top of the segment, in data units (y0 of a key = y1 of the key stacked below). */
  y0: number;
  y1: number;
}

export interface YearStackOptions {
  width?: number;
  height?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Minimum horizontal room per year tick label, in SVG units. Default 44. */
  minTickSpacing?: number;
}

export interface YearStack {
  /** Every year from the first to the last (years without data are empty columns, not skipped). */
  years: number[];
  /** One series per key, bottom first, each with one segment per year. */
  series: { key: string; segments: StackedSegment[] }[];
  totals: { year: number; total: number }[];
  maxTotal: number;
  x: ScaleBand<number>;
  /** Amount scale, domain [0, max total] niced; its range is inverted because SVG y grows downward. */
  y: ScaleLinear<number, number>;
  /** Years whose tick label is drawn (thinned so labels never overlap). */
  tickYears: number[];
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

const DEFAULT_MARGIN = { top: 12, right: 56, bottom: 28, left: 64 };

const drawable = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** Every integer year from the smallest to the largest of `years` (empty if none). */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Segment keys in stacking order: those of `preferred` first (in that order, if present in the
 * data), then any other key in order of first appearance, so no segment is ever dropped.
 */
export function segmentKeys(years: readonly YearSegments[], preferred: readonly string[] = []): string[] {
  const seen = new Set(years.flatMap((year) => year.segments.map((segment) => segment.key)));
  const ordered = preferred.filter((key) => seen.has(key));
  for (const key of seen) if (!ordered.includes(key)) ordered.push(key);
  return ordered;
}

/**
 * Stacks the segments of each year in `keys` order (bottom first) with d3's `stack()`
 * (stackOrderNone, stackOffsetNone). A key missing from a year counts as 0; negative or
 * non-finite values count as 0; segments whose key is not in `keys` are ignored. Missing years
 * between the first and the last are filled with empty columns so the time axis stays regular.
 */
export function stackYears(years: readonly YearSegments[], keys: readonly string[], options: YearStackOptions = {}): YearStack {
  const { width = 640, height = 300, margin = DEFAULT_MARGIN, minTickSpacing = 44 } = options;
  const byYear = new Map<number, Map<string, number>>();
  for (const { year, segments } of years) {
    const values = byYear.get(year) ?? new Map<string, number>();
    for (const segment of segments) values.set(segment.key, (values.get(segment.key) ?? 0) + drawable(segment.value));
    byYear.set(year, values);
  }
  const allYears = yearRange([...byYear.keys()]);
  const table = allYears.map((year) => {
    const values = byYear.get(year);
    return { year, values: Object.fromEntries(keys.map((key) => [key, values?.get(key) ?? 0])) as Record<string, number> };
  });

  const stacked = stack<(typeof table)[number], string>()
    .keys(keys)
    .value((d, key) => d.values[key] ?? 0)
    .order(stackOrderNone)
    .offset(stackOffsetNone)(table);
  const series = stacked.map((layer) => ({
    key: layer.key,
    segments: layer.map((point) => ({ key: layer.key, year: point.data.year, y0: point[0], y1: point[1] })),
  }));
  const totals = table.map(({ year, values }) => ({ year, total: keys.reduce((sum, key) => sum + (values[key] ?? 0), 0) }));
  const maxTotal = Math.max(0, ...totals.map((t) => t.total));

  const x = scaleBand(allYears, [margin.left, width - margin.right]).paddingInner(allYears.length > 30 ? 0.15 : 0.25).paddingOuter(0.1);
  const y = scaleLinear([0, maxTotal > 0 ? maxTotal : 1], [height - margin.bottom, margin.top]).nice();
  const tickYears = thinYearTicks(allYears, (width - margin.left - margin.right) / minTickSpacing);
  return { years: allYears, series, totals, maxTotal, x, y, tickYears, width, height, margin };
}
