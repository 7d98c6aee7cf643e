import { describe, expect, it } from "vitest";
import { filtersSchema } from "../query/params";
import { EMPTY_FILTERS, compareFromHref, compareQuery } from "./state";
import { parseCompareState } from "./state-parse";

const parse = (query: string) => parseCompareState(new URLSearchParams(query));

describe("a comparison's URL", () => {
  it("reads each side with the API's filter names", () => {
    const { state, issues } = parse("a.country=SN&b.country=MA&a.yearFrom=2015&b.theme=environnement-climat-et-energie");
    expect(issues).toEqual([]);
    expect(state.a.country).toEqual(["SN"]);
    expect(state.a.yearFrom).toBe(2015);
    expect(state.b.country).toEqual(["MA"]);
    expect(state.b.theme).toBe("environnement-climat-et-energie");
    expect(state.b.yearFrom).toBeUndefined();
    expect(state.measure).toBe("amount");
  });

  it("round-trips both selections: parse → serialize → parse", () => {
    for (const query of [
      "",
      "a.country=SN&b.country=MA",
      "a.theme=economie-durable&b.theme=environnement-climat-et-energie&a.yearFrom=2015",
      "a.frenchRegion=53&b.frenchRegion=76&a.yearFrom=2010&a.yearTo=2015&b.yearFrom=2016&b.yearTo=2021&measure=partnerships",
      "b.country=MA,SN&b.country=ML&a.themeScope=any&b.yearMode=started&b.yearFrom=2012&a.q=eau&a.financerCategory=meae",
    ]) {
      const first = parse(query).state;
      const serialized = compareQuery(first);
      const second = parse(serialized).state;
      expect(second).toEqual(first);
      expect(compareQuery(second)).toBe(serialized);
    }
  });

  it("is canonical: the order of parameters and of repeated values does not matter", () => {
    expect(compareQuery(parse("b.country=SN&b.country=MA&a.yearFrom=2015").state)).toBe(compareQuery(parse("a.yearFrom=2015&b.country=MA,SN").state));
    expect(compareQuery(parse("b.country=MA&a.country=SN").state)).toBe("a.country=SN&b.country=MA");
  });

  it("names a bad parameter with its side, and keeps the rest", () => {
    const { state, issues } = parse("a.country=XX&b.yearFrom=2020&b.yearTo=2010&a.colour=red&b.country=MA&oops=1&measure=money");
    expect(issues.map((issue) => issue.param).sort()).toEqual(["a.colour", "a.country", "b.yearFrom", "measure", "oops"]);
    expect(issues.find((issue) => issue.param === "a.country")?.message).toMatch(/country/);
    expect(state.b.country).toEqual(["MA"]);
    expect(state.a.country).toEqual([]);
    expect(state.measure).toBe("amount");
  });

  it("refuses a single-valued filter given twice on one side, not across sides", () => {
    expect(parse("a.theme=x&a.theme=y").issues.map((i) => i.param)).toEqual(["a.theme"]);
    expect(parse("a.theme=x&b.theme=y").issues).toEqual([]);
  });

  it("starts a comparison from a view's filters: B the same as A", () => {
    const { state } = parse("a.country=SN&a.yearFrom=2015");
    expect(compareFromHref(state.a)).toBe("/comparer?a.country=SN&a.yearFrom=2015&b.country=SN&b.yearFrom=2015");
  });

  it("keeps the panel pointer out of the canonical query", () => {
    const { state, issues } = parse("a.country=SN&panel=compare-themes");
    expect(issues).toEqual([]);
    expect(state.panel).toBe("compare-themes");
    expect(compareQuery(state)).toBe("a.country=SN");
  });
});

describe("EMPTY_FILTERS", () => {
  it("is what the filters' schema makes of an empty query", () => {
    expect(EMPTY_FILTERS).toEqual(filtersSchema.parse({ country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] }));
  });
});
