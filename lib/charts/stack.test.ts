import { describe, expect, it } from "vitest";
import { yearLineLayout } from "./line";
import { segmentKeys, stackYears, type YearSegments } from "./stack";

const KEYS = ["meae", "french-authority", "foreign-partners", "other"];
const seg = (key: string, value: number) => ({ key, label: key, value });
const years: YearSegments[] = [
  { year: 2019, segments: [seg("meae", 100), seg("french-authority", 50), seg("other", 10)] },
  { year: 2020, segments: [seg("french-authority", 80), seg("foreign-partners", 20)] },
  { year: 2022, segments: [seg("meae", 30), seg("meae", 5), seg("other", -4)] },
];

describe("stackYears", () => {
  const stacked = stackYears(years, KEYS);

  it("fills the years between the first and the last", () => {
    expect(stacked.years).toEqual([2019, 2020, 2021, 2022]);
    expect(stacked.x.domain()).toEqual([2019, 2020, 2021, 2022]);
  });

  it("makes the segments of each year contiguous and add up to its total", () => {
    for (const [i, { year, total }] of stacked.totals.entries()) {
      const column = stacked.series.map((s) => s.segments[i]!);
      expect(column.every((s) => s.year === year)).toBe(true);
      expect(column[0]!.y0).toBe(0);
      for (let k = 1; k < column.length; k += 1) expect(column[k]!.y0).toBe(column[k - 1]!.y1);
      expect(column.at(-1)!.y1).toBe(total);
    }
    expect(stacked.totals).toEqual([
      { year: 2019, total: 160 },
      { year: 2020, total: 100 },
      { year: 2021, total: 0 },
      { year: 2022, total: 35 },
    ]);
  });

  it("stacks in keys order and counts a missing category as 0", () => {
    expect(stacked.series.map((s) => s.key)).toEqual(KEYS);
    const meae2020 = stacked.series[0]!.segments[1]!;
    expect(meae2020).toEqual({ key: "meae", year: 2020, y0: 0, y1: 0 });
    const other2022 = stacked.series[3]!.segments[3]!;
    expect(other2022.y1 - other2022.y0).toBe(0);
  });

  it("uses a niced [0, max total] amount scale with an inverted range", () => {
    expect(stacked.maxTotal).toBe(160);
    expect(stacked.y.domain()).toEqual([0, 160]);
    expect(stacked.y(0)).toBe(stacked.height - stacked.margin.bottom);
    expect(stackYears([{ year: 2020, segments: [seg("meae", 1234)] }], KEYS).y.domain()).toEqual([0, 1300]);
  });

  it("thins tick years to fit, keeping the first and last", () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ year: 1980 + i, segments: [seg("meae", i)] }));
    const { tickYears, width, margin } = stackYears(many, KEYS);
    expect(tickYears[0]).toBe(1980);
    expect(tickYears.at(-1)).toBe(2024);
    expect(tickYears.length).toBeLessThanOrEqual((width - margin.left - margin.right) / 44);
  });

  it("handles no data", () => {
    const empty = stackYears([], KEYS);
    expect(empty.years).toEqual([]);
    expect(empty.totals).toEqual([]);
    expect(empty.maxTotal).toBe(0);
  });
});

describe("segmentKeys", () => {
  it("puts the preferred keys first, then the others in order of appearance", () => {
    const data: YearSegments[] = [{ year: 2020, segments: [seg("x", 1), seg("other", 1), seg("meae", 1)] }];
    expect(segmentKeys(data, KEYS)).toEqual(["meae", "other", "x"]);
  });
});

describe("yearLineLayout", () => {
  it("places points at band centres on its own niced scale and breaks over missing years", () => {
    const stacked = stackYears(years, KEYS);
    const layout = yearLineLayout([{ year: 2019, value: 8 }, { year: 2020, value: 12 }, { year: 2022, value: 3 }, { year: 1990, value: 99 }], stacked);
    expect(layout.y.domain()).toEqual([0, 12]);
    expect(layout.points.map((p) => p.year)).toEqual([2019, 2020, 2022]);
    expect(layout.points[0]!.cx).toBe(stacked.x(2019)! + stacked.x.bandwidth() / 2);
    expect(layout.points[1]!.cy).toBe(stacked.margin.top);
    expect(layout.path.match(/M/g)).toHaveLength(2);
    expect(layout.points.map((p) => p.isolated)).toEqual([false, false, true]);
  });
});
