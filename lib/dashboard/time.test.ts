import { describe, expect, it } from "vitest";
import { YEAR_CONFLICT, aggregateQuerySchema, filtersSchema, parseParams } from "../query/params";
import { chipsOf, withoutChip } from "./chips";
import type { FilterOptions } from "./options";
import { dashboardKeys } from "./queries";
import { dashboardQuery } from "./state";
import { parseDashboardState } from "./state-parse";
import {
  PLAY_DELAY_MS, REDUCED_MOTION_DELAY_MS, nextYear, outOfBounds, pageStep, playDelay, playStart, replacesEntry, singleYear, sliderPosition,
  yearBounds, yearPatch,
} from "./time";

const parse = (query: string) => parseDashboardState(new URLSearchParams(query));
const bounds = { min: 2000, max: 2026 };

describe("the year in the URL", () => {
  it("reads year=2015 as the one-year window 2015–2015 and writes it back as year=2015", () => {
    const { state, issues } = parse("year=2015&country=SN");
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ yearFrom: 2015, yearTo: 2015, yearMode: "active" });
    expect(singleYear(state)).toBe(2015);
    expect(dashboardQuery(state)).toBe("country=SN&year=2015");
    expect(parse(dashboardQuery(state)).state).toEqual(state);
  });

  it("keeps the mode next to the year, and leaves the default mode out", () => {
    const started = parse("year=2015&yearMode=started").state;
    expect(started).toMatchObject({ yearFrom: 2015, yearTo: 2015, yearMode: "started" });
    expect(dashboardQuery(started)).toBe("year=2015&yearMode=started");
    expect(dashboardQuery(parse("year=2015&yearMode=active").state)).toBe("year=2015");
  });

  it("writes an equal yearFrom and yearTo as year, the one spelling of a one-year window", () => {
    expect(dashboardQuery(parse("yearFrom=2015&yearTo=2015").state)).toBe("year=2015");
    expect(dashboardQuery(parse("yearFrom=2015&yearTo=2016").state)).toBe("yearFrom=2015&yearTo=2016");
    expect(dashboardQuery(parse("yearFrom=2015").state)).toBe("yearFrom=2015");
  });

  it("refuses year together with yearFrom or yearTo: the dashboard keeps the range and says why", () => {
    for (const query of ["year=2015&yearFrom=2010", "year=2015&yearTo=2020", "yearFrom=2010&year=2015&yearTo=2020"]) {
      const { state, issues } = parse(query);
      expect(issues).toEqual([{ param: "year", message: YEAR_CONFLICT }]);
      expect(YEAR_CONFLICT).toMatch(/yearFrom/);
      expect(YEAR_CONFLICT).toMatch(/yearTo/);
      expect(singleYear(state)).toBeUndefined();
    }
    const kept = parse("year=2015&yearFrom=2010").state;
    expect([kept.yearFrom, kept.yearTo]).toEqual([2010, undefined]);
  });

  it("reports a bad or repeated year under its own name, not as yearFrom or yearTo", () => {
    expect(parse("year=deux-mille").issues).toEqual([{ param: "year", message: "must be a year" }]);
    expect(parse("year=1800").issues.map((i) => i.param)).toEqual(["year"]);
    expect(parse("year=2015&year=2016").issues).toEqual([{ param: "year", message: "must be given once" }]);
    expect(parse("year=deux-mille").state.yearFrom).toBeUndefined();
  });

  it("gives the API the same rule: the filters' schemas take year and refuse the conflict (a 400)", () => {
    const ok = parseParams(aggregateQuerySchema, new URLSearchParams("by=country&year=2015"));
    expect(ok.ok && ok.value).toMatchObject({ yearFrom: 2015, yearTo: 2015 });
    const conflict = parseParams(filtersSchema, new URLSearchParams("year=2015&yearTo=2020"));
    expect(conflict.ok).toBe(false);
    if (!conflict.ok) expect(conflict.message).toBe(`year: ${YEAR_CONFLICT}`);
  });

  it("asks the API with yearFrom and yearTo: a year and its range share one answer and one cache entry", () => {
    const keys = dashboardKeys(parse("year=2015").state);
    expect(keys.summary).toBe("/api/summary?yearFrom=2015&yearTo=2015");
    expect(dashboardKeys(parse("yearFrom=2015&yearTo=2015").state)).toEqual(keys);
  });

  it("shows a one-year window as one chip that says the mode, removed whole", () => {
    const options = { themes: [], countries: [], regions: [], financerCategories: [], statuses: [], forms: [], years: { start: bounds, funding: null } } satisfies FilterOptions;
    const state = parse("year=2015&yearMode=started").state;
    const chips = chipsOf(state, options, []);
    expect(chips.map((c) => c.label)).toEqual(["commencés en 2015"]);
    expect(withoutChip(state, chips[0]!)).toEqual({ yearFrom: undefined, yearTo: undefined });
    expect(chipsOf(parse("year=2015").state, options, []).map((c) => c.label)).toEqual(["actifs en 2015"]);
  });
});

describe("the slider's bounds and position", () => {
  it("runs from the dataset's first to its last start year, and has nothing to run over without years", () => {
    expect(yearBounds({ start: { min: 1995, max: 2026 }, funding: { min: 1990, max: 2030 } })).toEqual({ min: 1995, max: 2026 });
    expect(yearBounds({ start: null, funding: null })).toBeNull();
  });

  it("stands on the chosen year, the start of a range, or the first year, always within bounds", () => {
    expect(sliderPosition(parse("year=2015").state, bounds)).toBe(2015);
    expect(sliderPosition(parse("yearFrom=2010&yearTo=2012").state, bounds)).toBe(2010);
    expect(sliderPosition(parse("").state, bounds)).toBe(2000);
    expect(sliderPosition(parse("year=1990").state, bounds)).toBe(2000);
    expect(sliderPosition(parse("year=2040").state, bounds)).toBe(2026);
  });

  it("keeps a year outside the dataset as a filter, and flags it", () => {
    expect(parse("year=1990").issues).toEqual([]);
    expect(outOfBounds(1990, bounds)).toBe(true);
    expect(outOfBounds(2026, bounds)).toBe(false);
    expect(outOfBounds(undefined, bounds)).toBe(false);
  });
});

describe("stepping through the years", () => {
  it("advances one year and stops at the last", () => {
    expect(nextYear(2015, bounds)).toBe(2016);
    expect(nextYear(2025, bounds)).toBe(2026);
    expect(nextYear(2026, bounds)).toBeNull();
    expect(nextYear(1990, bounds)).toBe(2000);
  });

  it("starts playing from the year shown, or over from the first when there is none or it is the last", () => {
    expect(playStart(2015, bounds)).toBe(2015);
    expect(playStart(undefined, bounds)).toBe(2000);
    expect(playStart(2026, bounds)).toBe(2000);
    expect(playStart(1990, bounds)).toBe(2000);
  });

  it("plays slower when the system asks for reduced motion", () => {
    expect(playDelay(false)).toBe(PLAY_DELAY_MS);
    expect(playDelay(true)).toBe(REDUCED_MOTION_DELAY_MS);
    expect(REDUCED_MOTION_DELAY_MS).toBeGreaterThan(PLAY_DELAY_MS);
  });

  it("moves five years with Page Up and Page Down, within bounds, and leaves other keys to the input", () => {
    expect(pageStep("PageUp", 2015, bounds)).toBe(2020);
    expect(pageStep("PageDown", 2015, bounds)).toBe(2010);
    expect(pageStep("PageUp", 2024, bounds)).toBe(2026);
    expect(pageStep("PageDown", 2002, bounds)).toBe(2000);
    expect(pageStep("ArrowRight", 2015, bounds)).toBeNull();
  });

  it("adds a history entry when entering the one-year view and replaces it while moving in it", () => {
    expect(replacesEntry(parse("").state)).toBe(false);
    expect(replacesEntry(parse("yearFrom=2010&yearTo=2015").state)).toBe(false);
    expect(replacesEntry(parse("year=2015").state)).toBe(true);
    expect(yearPatch(2016)).toEqual({ yearFrom: 2016, yearTo: 2016 });
    expect(yearPatch(undefined)).toEqual({ yearFrom: undefined, yearTo: undefined });
  });
});
