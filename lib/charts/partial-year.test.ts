import { describe, expect, it } from "vitest";
import type { YearSegments } from "./stack";
import { firstPartialYear, isPartialYear, markPartialYears, partialYearNote, partialYearsOf } from "./partial-year";

describe("firstPartialYear", () => {
  it("is the year of the dataset's date while that year is not over", () => {
    expect(firstPartialYear("2026-12-01")).toBe(2026);
    expect(firstPartialYear("2026-01-01")).toBe(2026);
  });

  it("is the next year when the dataset was taken on the year's last day", () => {
    expect(firstPartialYear("2025-12-31")).toBe(2026);
  });

  it("marks nothing without a readable date", () => {
    expect(firstPartialYear(undefined)).toBeUndefined();
    expect(firstPartialYear(null)).toBeUndefined();
    expect(firstPartialYear("décembre 2026")).toBeUndefined();
  });
});

describe("isPartialYear", () => {
  it("marks the dataset's year and every later one, not the years before", () => {
    expect([2024, 2025, 2026, 2027].map((year) => isPartialYear(year, 2026))).toEqual([false, false, true, true]);
    expect(isPartialYear(2026, undefined)).toBe(false);
  });
});

describe("markPartialYears", () => {
  const years: YearSegments[] = [2024, 2025, 2026].map((year) => ({ year, segments: [] }));

  it("flags the partial years of a series and only them", () => {
    const marked = markPartialYears(years, 2025);
    expect(marked.map((y) => y.partial ?? false)).toEqual([false, true, true]);
    expect(partialYearsOf(marked)).toEqual([2025, 2026]);
  });

  it("clears a flag set for another date", () => {
    expect(partialYearsOf(markPartialYears(markPartialYears(years, 2024), 2026))).toEqual([2026]);
    expect(partialYearsOf(markPartialYears(markPartialYears(years, 2024), undefined))).toEqual([]);
  });
});

describe("partialYearNote", () => {
  const years: YearSegments[] = [2025, 2026].map((year) => ({ year, segments: [] }));

  it("names the partial year and the dataset's date, in French and in English", () => {
    const marked = markPartialYears(years, firstPartialYear("2026-12-01"));
    expect(partialYearNote(marked, "2026-12-01")).toMatch(/^2026 : année en cours, données partielles \(données au 01\/12\/2026\)/);
    expect(partialYearNote(marked, "2026-12-01", "en")).toMatch(/^2026: current year, partial data \(data as of 01\/12\/2026\)/);
  });

  it("says nothing when every year is complete", () => {
    expect(partialYearNote(markPartialYears(years, firstPartialYear("2026-12-31")), "2026-12-31")).toBeUndefined();
  });
});
