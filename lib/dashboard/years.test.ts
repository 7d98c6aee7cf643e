import { describe, expect, it } from "vitest";
import { yearSeries } from "./years";

describe("yearSeries", () => {
  it("fills missing years with zero, orders the categories and aligns the active partnerships", () => {
    const funding = [
      { key: 2021, label: "2021", value: 30, partnerships: 2, segments: [{ key: "other", label: "Autres", value: 10 }, { key: "meae", label: "MEAE", value: 20 }] },
      { key: 2019, label: "2019", value: 5, partnerships: 1, segments: [{ key: "french-authority", label: "Collectivité française", value: 5 }] },
      { key: "none", label: "Non renseigné", value: 7, partnerships: 1, segments: [] },
    ];
    const active = [
      { key: 2018, label: "2018", value: 3, partnerships: 3 },
      { key: 2019, label: "2019", value: 4, partnerships: 4 },
      { key: 2021, label: "2021", value: 6, partnerships: 6 },
    ];
    const { columns, line } = yearSeries(funding, active);
    expect(columns.map((c) => [c.year, c.total])).toEqual([[2019, 5], [2020, 0], [2021, 30]]);
    expect(columns[2]!.segments.map((s) => [s.key, s.value])).toEqual([["meae", 20], ["french-authority", 0], ["foreign-partners", 0], ["other", 10]]);
    expect(line).toEqual([{ year: 2019, value: 4 }, { year: 2020, value: 0 }, { year: 2021, value: 6 }]);
  });

  it("gives empty series when nothing is funded", () => {
    expect(yearSeries([], [])).toEqual({ columns: [], line: [] });
  });

  it("flags the years from the dataset's first partial year on", () => {
    const funding = [2025, 2026].map((year) => ({ key: year, label: String(year), value: 10, partnerships: 1, segments: [] }));
    const { columns } = yearSeries(funding, [], 2026);
    expect(columns.map((c) => [c.year, c.partial ?? false])).toEqual([[2025, false], [2026, true]]);
    expect(yearSeries(funding, []).columns.some((c) => c.partial)).toBe(false);
  });
});
