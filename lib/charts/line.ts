import { line, scaleLinear, type ScaleLinear } from "d3";
import type { YearStack } from "./stack";

export interface YearLineLayout {
  /** Scale of the line's own axis (right-hand side), domain [0, max value] niced. */
  y: ScaleLinear<number, number>;
  /** SVG path through the points at the centre of each year's band; breaks over years without a point. */
  path: string;
  /**
   * The line's run into and through the partial years (lib/charts/partial-year.ts), from the last
   * complete year on, drawn dashed; "" when no year is partial. `path` then stops at that last complete year.
   */
  partialPath: string;
  /** `isolated`: no point the year before nor the year after, so the path alone would not show it. */
  points: { year: number; value: number; cx: number; cy: number; isolated: boolean }[];
}

/**
 * The second reading of a year chart (e.g. active partnerships per year), drawn as a line over
 * the same year bands as the stack, on its own scale. Points outside the stack's years are dropped.
 * From `firstPartial` on, the years are partial: their run is `partialPath`, not `path`.
 */
export function yearLineLayout(points: readonly { year: number; value: number }[], stacked: YearStack, firstPartial?: number): YearLineLayout {
  const { x, height, margin } = stacked;
  const inRange = points.filter((p) => x(p.year) !== undefined && Number.isFinite(p.value));
  const max = Math.max(0, ...inRange.map((p) => p.value));
  const y = scaleLinear([0, max > 0 ? max : 1], [height - margin.bottom, margin.top]).nice();
  const byYear = new Map(inRange.map((p) => [p.year, p.value]));
  const center = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
  const through = (years: number[]) =>
    line<number>()
      .defined((year) => byYear.has(year))
      .x(center)
      .y((year) => y(byYear.get(year) ?? 0))(years) ?? "";
  const partialFrom = firstPartial ?? Number.POSITIVE_INFINITY;
  const partialYears = stacked.years.filter((year) => year >= partialFrom - 1);
  return {
    y,
    path: through(stacked.years.filter((year) => year < partialFrom)),
    // A lone point (no complete year before it) is a path of one "M": the dots show it.
    partialPath: stacked.years.some((year) => year >= partialFrom) ? through(partialYears) : "",
    points: stacked.years.flatMap((year) => {
      const value = byYear.get(year);
      const isolated = !byYear.has(year - 1) && !byYear.has(year + 1);
      return value === undefined ? [] : [{ year, value, cx: center(year), cy: y(value), isolated }];
    }),
  };
}
