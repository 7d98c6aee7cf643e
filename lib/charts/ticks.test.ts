import { describe, expect, it } from "vitest";
import { thinYearTicks } from "./ticks";

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe("thinYearTicks", () => {
  it("keeps every year when they fit", () => {
    expect(thinYearTicks([2019, 2020, 2021], 5)).toEqual([2019, 2020, 2021]);
  });

  it.each([
    [range(1980, 2024), 8],
    [range(1983, 2025), 12],
    [range(2001, 2024), 5],
    [range(1950, 2025), 3],
    [range(1900, 2100), 4],
    [range(1990, 2030), 2],
  ])("thins %# to at most maxTicks, keeping first and last, in order and well apart", (years, maxTicks) => {
    const ticks = thinYearTicks(years, maxTicks);
    expect(ticks[0]).toBe(years[0]);
    expect(ticks.at(-1)).toBe(years.at(-1));
    expect(ticks.length).toBeLessThanOrEqual(maxTicks);
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.max(...gaps) / 2 - 1);
  });

  it("uses round years in between", () => {
    expect(thinYearTicks(range(1983, 2024), 6)).toEqual([1983, 1990, 2000, 2010, 2024]);
  });

  it("handles no years and a single year", () => {
    expect(thinYearTicks([], 5)).toEqual([]);
    expect(thinYearTicks([2020], 5)).toEqual([2020]);
  });
});
