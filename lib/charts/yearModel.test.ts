import { describe, expect, it } from "vitest";
import { firstPartialYear, markPartialYears } from "./partial-year";
import type { YearSegments } from "./stack";
import { yearChartModel } from "./yearModel";

const seg = (value: number) => [{ key: "meae", label: "MEAE", value }];
const years: YearSegments[] = [
  { year: 2024, segments: seg(100) },
  { year: 2025, segments: seg(120) },
  { year: 2026, segments: seg(40) },
];
const model = (series: YearSegments[], lang?: "fr" | "en") =>
  yearChartModel({
    years: series,
    line: { label: "Partenariats actifs", points: series.map(({ year }, i) => ({ year, value: 10 + i })) },
    formatValue: String,
    formatTick: String,
    formatLineValue: String,
    colors: { meae: "#000091" },
    width: 600,
    height: 300,
    lang,
  });

describe("the year chart's model and the partial year", () => {
  const marked = markPartialYears(years, firstPartialYear("2026-12-01"));

  it("marks the dataset's year, and says so in its column's accessible name", () => {
    const m = model(marked);
    expect(m.partialYears).toEqual([2026]);
    expect([2025, 2026].map(m.isPartial)).toEqual([false, true]);
    expect(m.describe(2)).toMatch(/^2026 : 40 au total.*, année en cours, données partielles$/);
    expect(m.describe(1)).not.toContain("partielles");
    expect(model(marked, "en").describe(2)).toMatch(/current year, partial data$/);
  });

  it("draws the line solid to the last complete year, then dashed into the partial one", () => {
    const { lineLayout } = model(marked);
    // The x of each vertex of a path, rounded as d3 writes them, and the same of the points.
    const xs = (path: string) => [...path.matchAll(/[ML]([\d.]+),/g)].map((m) => Math.round(Number(m[1])));
    const [x2024, x2025, x2026] = lineLayout!.points.map((p) => Math.round(p.cx));
    expect(xs(lineLayout!.path)).toEqual([x2024, x2025]);
    expect(xs(lineLayout!.partialPath)).toEqual([x2025, x2026]);
  });

  it("marks nothing and draws one solid line when every year is complete", () => {
    const m = model(markPartialYears(years, firstPartialYear("2026-12-31")));
    expect(m.partialYears).toEqual([]);
    expect(m.lineLayout!.partialPath).toBe("");
    expect(m.lineLayout!.path.match(/L/g)).toHaveLength(2);
  });
});
