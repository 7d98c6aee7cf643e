import { describe, expect, it } from "vitest";
import {
  NO_DATA_COLOR,
  RAMP_HIGH,
  RAMP_LOW,
  ZERO_COLOR,
  buildClassScale,
  classBreaks,
  classIndexOf,
  colorForValue,
  niceFloor,
  niceNumber,
  radiusScale,
  referenceValues,
} from "./scales";

const hex = (color: string) => color.toLowerCase();
// d3's HCL interpolator returns "rgb(r, g, b)": compare with the hex ends as rgb.
const rgb = (color: string) => {
  const n = Number.parseInt(color.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe("niceNumber / niceFloor", () => {
  it.each([
    [3.4, 3], [37, 40], [140, 150], [2360, 2500], [48_652, 50_000], [1_234_567, 1_000_000],
  ])("niceNumber(%s) = %s", (value, nice) => expect(niceNumber(value)).toBe(nice));
  it.each([
    [3.9, 3], [2360, 2000], [472, 250], [94, 50], [1_234_567, 1_000_000],
  ])("niceFloor(%s) = %s", (value, nice) => expect(niceFloor(value)).toBe(nice));
});

describe("classBreaks", () => {
  it("gives one class per distinct value when there are few", () => {
    expect(classBreaks([3, 1, 3, 2])).toEqual([1, 2, 3]);
  });

  it("ignores zeros and is empty without positive values", () => {
    expect(classBreaks([0, 0])).toEqual([]);
    expect(classBreaks([0, 5, 7])).toEqual([5, 7]);
  });

  it("rounds quantile thresholds of skewed counts to nice numbers, the last bound being the maximum", () => {
    // 20 countries: many small, a few large (Germany-like outlier).
    const values = [1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 45, 80, 150, 400, 2360];
    const breaks = classBreaks(values, 5);
    // Quantiles 2, 5.6, 13.2, 52 → nice 2, 6, 15, 50.
    expect(breaks).toEqual([2, 6, 15, 50, 2360]);
    expect(breaks.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < breaks.length; i++) expect(breaks[i]).toBeGreaterThan(breaks[i - 1]!);
  });

  it("rounds amounts to nice euros", () => {
    const values = [800, 5_000, 12_000, 30_000, 48_652, 90_000, 210_000, 600_000, 1_234_567, 9_870_000];
    // Quantiles 10 600, 41 191, 138 000, 726 913 → nice 10 k, 40 k, 150 k, 800 k.
    expect(classBreaks(values, 5)).toEqual([10_000, 40_000, 150_000, 800_000, 9_870_000]);
  });
});

describe("buildClassScale and colorForValue", () => {
  const scale = buildClassScale([0, 1, 2, 4, 9, 20, 50, 120]);

  it("chains the classes: each lower bound is the previous upper bound, the first the minimum", () => {
    expect(scale.classes[0]!.min).toBe(1);
    for (let i = 1; i < scale.classes.length; i++) expect(scale.classes[i]!.min).toBe(scale.classes[i - 1]!.max);
    expect(scale.classes.at(-1)!.max).toBe(120);
    expect(scale.hasZero).toBe(true);
  });

  it("colours no-data, zero, lowest and highest differently; the maximum gets the darkest blue", () => {
    const noData = colorForValue(scale, undefined);
    const zero = colorForValue(scale, 0);
    const lowest = colorForValue(scale, 1);
    const highest = colorForValue(scale, 120);
    expect(noData).toBe(NO_DATA_COLOR);
    expect(zero).toBe(ZERO_COLOR);
    expect(hex(lowest)).toBe(rgb(RAMP_LOW));
    expect(hex(highest)).toBe(rgb(RAMP_HIGH));
    expect(new Set([noData, zero, lowest, highest]).size).toBe(4);
    expect(new Set(scale.classes.map((c) => c.color)).size).toBe(scale.classes.length);
  });

  it("puts a value equal to an upper bound in that class (bounds included) and beyond the max in the last", () => {
    const first = scale.classes[0]!;
    expect(classIndexOf(scale, first.max)).toBe(0);
    expect(classIndexOf(scale, first.max + 1)).toBe(1);
    expect(classIndexOf(scale, 10_000)).toBe(scale.classes.length - 1);
    expect(classIndexOf(scale, 0)).toBe(-1);
  });

  it("has no zero class when no country is at 0", () => {
    expect(buildClassScale([1, 2, 3]).hasZero).toBe(false);
  });
});

describe("radiusScale", () => {
  const radius = radiusScale(400, 20, 2);

  it("gives the maximum radius to the maximum value and none to 0", () => {
    expect(radius(400)).toBeCloseTo(20);
    expect(radius(0)).toBe(0);
  });

  it("makes areas proportional to values (4× the value → 2× the radius)", () => {
    expect(radius(100) / radius(25)).toBeCloseTo(2);
    const area = (value: number) => Math.PI * radius(value) ** 2;
    expect(area(300) / area(100)).toBeCloseTo(3);
  });

  it("keeps tiny positive values visible", () => {
    expect(radius(0.001)).toBe(2);
  });

  it("offers 2–3 round reference values not above the maximum", () => {
    expect(referenceValues(2360)).toEqual([2000, 250, 50]);
    expect(referenceValues(3)).toEqual([3]);
    for (const value of referenceValues(9_870_000)) expect(value).toBeLessThanOrEqual(9_870_000);
  });
});
