import { describe, expect, it } from "vitest";
import { panelQueries } from "./queries";
import { parseDashboardState } from "./state-parse";

const stateOf = (query: string) => parseDashboardState(new URLSearchParams(query)).state;

describe("panelQueries", () => {
  it("one year at a time: the year chart keeps every year (the year highlighted), the other panels take the year", () => {
    const queries = panelQueries(stateOf("year=2015&country=SN"));
    expect(queries.years).toMatchObject({ yearFrom: undefined, yearTo: undefined, country: ["SN"] });
    expect(queries.activeYears).toMatchObject({ yearFrom: undefined, yearTo: undefined });
    expect(queries.themes).toMatchObject({ yearFrom: 2015, yearTo: 2015 });
    expect(queries.countries).toMatchObject({ yearFrom: 2015, yearTo: 2015, country: [] });
  });

  it("a range typed by the user narrows the year chart too", () => {
    expect(panelQueries(stateOf("yearFrom=2015&yearTo=2020")).years).toMatchObject({ yearFrom: 2015, yearTo: 2020 });
  });

  it("the France map is a facet of its own filters, at the state's level", () => {
    const queries = panelQueries(stateOf("frenchRegion=53&departement=29&country=SN&france=departement"));
    expect(queries.france).toMatchObject({ frenchRegion: [], departement: [], country: ["SN"], level: "departement" });
    expect(queries.themes).toMatchObject({ frenchRegion: ["53"], departement: ["29"] });
  });
});
