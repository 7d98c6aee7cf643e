import { describe, expect, it } from "vitest";
import { chipsOf, withoutChip } from "./chips";
import type { FilterOptions } from "./options";
import { dashboardKeys, themeLevel } from "./queries";
import { EMPTY_STATE, dashboardQuery, filtersOf, hasFilters } from "./state";
import { parseDashboardState } from "./state-parse";

const parse = (query: string) => parseDashboardState(new URLSearchParams(query));

describe("dashboard state in the URL", () => {
  it("round-trips a state through its URL, canonically", () => {
    const query = "yearTo=2020&country=SN&theme=economie-durable&map=amount&country=MA&yearFrom=2015&mapMode=circles&q=eau+potable";
    const { state, issues } = parse(query);
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ country: ["MA", "SN"], theme: "economie-durable", yearFrom: 2015, yearTo: 2020, map: "amount", mapMode: "circles", q: "eau potable" });
    const canonical = dashboardQuery(state);
    expect(canonical).toBe("country=MA&country=SN&map=amount&mapMode=circles&q=eau+potable&theme=economie-durable&yearFrom=2015&yearTo=2020");
    expect(parse(canonical).state).toEqual(state);
  });

  it("leaves the defaults out: the empty state is the bare URL", () => {
    expect(dashboardQuery(EMPTY_STATE)).toBe("");
    expect(hasFilters(EMPTY_STATE)).toBe(false);
    expect(hasFilters(parse("map=amount&themeRule=split").state)).toBe(false);
    expect(hasFilters(parse("status=ongoing").state)).toBe(true);
  });

  it("drops a bad parameter, keeps the others and says which and why", () => {
    const { state, issues } = parse("country=MA&yearFrom=deux-mille&mapMode=relief&utm_source=mail");
    expect(state.country).toEqual(["MA"]);
    expect(state.yearFrom).toBeUndefined();
    expect(state.mapMode).toBe("choropleth");
    expect(issues.map((i) => i.param).sort()).toEqual(["mapMode", "utm_source", "yearFrom"]);
  });

  it("keeps the map's framing in the URL: parsed, validated, written back, the default left out, no request carrying it", () => {
    const { state, issues } = parse("mapView=europe&country=SN");
    expect(issues).toEqual([]);
    expect(state.mapView).toBe("europe");
    expect(dashboardQuery(state)).toBe("country=SN&mapView=europe");
    expect(parse(dashboardQuery(state)).state).toEqual(state);
    for (const framing of ["africa", "americas", "asia-oceania"]) expect(dashboardQuery(parse(`mapView=${framing}`).state)).toBe(`mapView=${framing}`);
    expect(parse("").state.mapView).toBe("world");
    expect(dashboardQuery(parse("mapView=world").state)).toBe("");
    expect(filtersOf(state)).not.toHaveProperty("mapView");
    expect(Object.values(dashboardKeys(state)).some((key) => key.includes("mapView"))).toBe(false);
    const bad = parse("mapView=oceanie&country=SN");
    expect(bad.issues.map((i) => i.param)).toEqual(["mapView"]);
    expect(bad.state).toMatchObject({ mapView: "world", country: ["SN"] });
  });

  it("accepts the panel a link points at, and keeps it out of the query, the filters and the API's requests", () => {
    const { state, issues } = parse("country=SN&panel=themes");
    expect(issues).toEqual([]);
    expect(state.panel).toBe("themes");
    expect(dashboardQuery(state)).toBe("country=SN");
    expect(filtersOf(state)).not.toHaveProperty("panel");
    expect(Object.values(dashboardKeys(state)).some((key) => key.includes("panel"))).toBe(false);
    expect(parse("panel=camembert").issues.map((i) => i.param)).toEqual(["panel"]);
  });

  it("asks each panel for its own breakdown, drilling the theme chart one level below the filter", () => {
    expect(themeLevel(parse("").state)).toBe("theme");
    expect(themeLevel(parse("theme=a").state)).toBe("subTheme");
    expect(themeLevel(parse("theme=a&subTheme=b").state)).toBe("subSubTheme");
    const keys = dashboardKeys(parse("country=MA&rank=amount&map=amount").state);
    expect(keys.summary).toBe("/api/summary?country=MA");
    expect(keys.countries).toBe("/api/countries");
    expect(keys.themes).toBe("/api/aggregate?by=theme&country=MA&measure=amount");
    expect(keys.topCountries).toBe("/api/aggregate?by=country&country=MA&limit=10&measure=amount");
    expect(keys.years).toBe("/api/aggregate?by=year&country=MA&measure=amount&stack=financerCategory");
  });
});

describe("filter chips", () => {
  const options: FilterOptions = {
    themes: [{ key: "env", label: "Environnement", subThemes: [{ key: "eau", label: "Eau et déchets", subSubThemes: [] }] }],
    countries: [{ code: "MA", name: "Maroc", region: "afrique-nord-moyen-orient" }],
    regions: [{ key: "europe", label: "Europe" }],
    financerCategories: [{ key: "meae", label: "MEAE" }],
    statuses: [{ key: "ongoing", label: "En cours" }],
    forms: [],
    years: { start: { min: 1950, max: 2026 }, funding: null },
  };

  it("labels each active filter, from the options or from the server's labels", () => {
    const { state } = parse("country=MA&theme=env&subTheme=eau&authority=commune-21231&yearFrom=2015&q=eau");
    const chips = chipsOf(state, options, [{ param: "authority", value: "commune-21231", label: "Dijon" }]);
    expect(chips.map((c) => c.label)).toEqual(["Environnement", "Eau et déchets", "à partir de 2015", "« eau »", "Maroc", "Dijon"]);
  });

  it("removes one chip's filter, and a theme takes its sub-theme along", () => {
    const { state } = parse("country=MA&country=SN&theme=env&subTheme=eau");
    expect(withoutChip(state, { param: "country", value: "MA", label: "Maroc" })).toEqual({ country: ["SN"] });
    expect(withoutChip(state, { param: "theme", value: "env", label: "Environnement" })).toEqual({ theme: undefined, subTheme: undefined, subSubTheme: undefined });
  });
});

describe("EMPTY_STATE", () => {
  it("is what the dashboard's schema makes of an empty address", () => {
    expect(EMPTY_STATE).toEqual(parseDashboardState(new URLSearchParams()).state);
  });
});
