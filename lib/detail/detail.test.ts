import { describe, expect, it } from "vitest";
import { apiKey, dashboardKeys } from "../dashboard/queries";
import { dashboardQuery, filtersOf } from "../dashboard/state";
import { parseDashboardState } from "../dashboard/state-parse";
import { explainQuerySchema, parseParams } from "../query/params";
import { explainCsvOf, explainKeyOf, explainParamsOf } from "./queries";
import { type Detail, type DetailSource, detailId, detailOf, detailParams } from "./state";

const parse = (query: string) => parseDashboardState(new URLSearchParams(query));
const FILTERS = "country=SN&theme=economie-durable&yearFrom=2015&themeRule=split&rank=amount&map=frenchAuthorities";

/** A panel's /api/aggregate request, as the dashboard makes it, with `key` (and more) added. */
function withKey(aggregate: string, extra: string): string {
  return `${aggregate.replace("/api/aggregate", "/api/explain")}`.split("?")[1]!.split("&").concat(extra.split("&")).sort().join("&");
}
const sortedQuery = (url: string) => url.split("?")[1]!.split("&").sort().join("&");

describe("the detail in the dashboard's URL", () => {
  it("reads detail=<source>:<key>, the segment and the page, and writes them back", () => {
    const { state, issues } = parse(`${FILTERS}&detail=years:2015&detailSegment=local&detailPage=3`);
    expect(issues).toEqual([]);
    expect(detailOf(state)).toEqual({ source: "years", key: "2015", segment: "local", page: 3 });
    expect(detailParams(detailOf(state))).toEqual({ detail: "years:2015", detailSegment: "local", detailPage: 3 });
  });

  it("keeps the colons of a key, and page 1 is no parameter", () => {
    const { state } = parse("detail=topAuthorities:a:b&detailPage=1");
    expect(detailOf(state)).toEqual({ source: "topAuthorities", key: "a:b", segment: undefined, page: undefined });
    expect(detailParams({ source: "themes", key: "x", page: 1 })).toEqual({ detail: "themes:x", detailSegment: undefined, detailPage: undefined });
    expect(detailParams(null)).toEqual({ detail: undefined, detailSegment: undefined, detailPage: undefined });
  });

  it("drops and reports an unknown source, and leaves the rest of the view", () => {
    const { state, issues } = parse("country=SN&detail=nowhere:DE");
    expect(issues.map((issue) => issue.param)).toEqual(["detail"]);
    expect(state.country).toEqual(["SN"]);
    expect(detailOf(state)).toBeNull();
  });

  it("is a pointer: the view's query, its filters and its API requests leave it out", () => {
    const open = parse(`${FILTERS}&detail=themes:eau&detailPage=2`).state;
    const closed = parse(FILTERS).state;
    expect(dashboardQuery(open)).toBe(dashboardQuery(closed));
    expect(filtersOf(open)).toEqual(filtersOf(closed));
    expect(dashboardKeys(open)).toEqual(dashboardKeys(closed));
  });

  it("names the number the same whatever the page, the segment apart", () => {
    expect(detailId({ source: "years", key: "2015" })).toBe("years:2015");
    expect(detailId({ source: "years", key: "2015", segment: "state" })).toBe("years:2015:state");
  });
});

describe("the explain request of each panel's number", () => {
  const state = parse(FILTERS).state;
  const keys = dashboardKeys(state);
  const cases: [DetailSource, string, string][] = [
    ["themes", "eau", keys.themes],
    ["financerCategories", "local", keys.financerCategories],
    ["financers", "others", keys.financers],
    ["years", "2015", keys.years],
    ["activeYears", "2016", keys.activeYears],
    ["topCountries", "SN", keys.topCountries],
    ["topAuthorities", "others", keys.topAuthorities],
  ];
  for (const [source, key, aggregate] of cases) {
    it(`${source}: the panel's very query, plus key and page size`, () => {
      const url = explainKeyOf(state, { source, key })!;
      expect(url.startsWith("/api/explain?")).toBe(true);
      expect(sortedQuery(url)).toBe(withKey(aggregate, `key=${key}&pageSize=20`));
      expect(parseParams(explainQuerySchema, new URLSearchParams(url.split("?")[1])).ok).toBe(true);
    });
  }

  it("the map: the breakdown by country of every country under the other filters, under the map's measure", () => {
    const params = explainParamsOf(state, { source: "map", key: "MA" })!;
    expect(params).toMatchObject({ by: "country", measure: "frenchAuthorities", country: [], key: "MA", theme: "economie-durable" });
    // The map's figures come from /api/countries, whose filters are these.
    expect(sortedQuery(apiKey("/api/countries", { ...params, by: undefined, measure: undefined, key: undefined, pageSize: undefined }))).toBe(sortedQuery(keys.countries));
  });

  it("a segment of a year column and a later page", () => {
    const detail: Detail = { source: "years", key: "2015", segment: "local", page: 2 };
    expect(explainKeyOf(state, detail)).toContain("segment=local");
    expect(explainKeyOf(state, detail)).toContain("page=2");
    expect(explainKeyOf(state, detail)).toContain("stack=financerCategory");
  });

  it("a headline tile: /api/summary's filters and the tile's measure, no breakdown nor key", () => {
    for (const measure of ["partnerships", "amount", "frenchAuthorities", "foreignPartners"]) {
      const url = explainKeyOf(state, { source: "summary", key: measure })!;
      expect(sortedQuery(url)).toBe(`${sortedQuery(keys.summary)}&measure=${measure}&pageSize=20`.split("&").sort().join("&"));
      expect(parseParams(explainQuerySchema, new URLSearchParams(url.split("?")[1])).ok).toBe(true);
    }
    expect(explainKeyOf(state, { source: "summary", key: "amount", page: 3 })).toContain("page=3");
    expect(sortedQuery(explainCsvOf(state, { source: "summary", key: "amount", page: 3 })!)).toBe(`${sortedQuery(keys.summary)}&measure=amount`.split("&").sort().join("&"));
    // A tile's key is a measure: anything else is dropped and reported, as an unknown source.
    expect(detailOf(parse("detail=summary:amount").state)).toMatchObject({ source: "summary", key: "amount" });
    const { state: bad, issues } = parse("country=SN&detail=summary:DE");
    expect(issues.map((issue) => issue.param)).toEqual(["detail"]);
    expect(detailOf(bad)).toBeNull();
  });

  it("the CSV: the same parameters, every row (no page, no page size)", () => {
    const csv = explainCsvOf(state, { source: "themes", key: "eau", page: 3 })!;
    expect(csv.startsWith("/export/detail.csv?")).toBe(true);
    expect(sortedQuery(csv)).toBe(withKey(keys.themes, "key=eau"));
  });
});
