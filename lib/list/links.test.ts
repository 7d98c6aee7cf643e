import { describe, expect, it } from "vitest";
import { EMPTY_STATE } from "../dashboard/state";
import { listExportQuery, listPageHref, noFiltersQuery, noSearchQuery, pageHref, pageSizeHref, searchHiddenFields, sortHref } from "./links";
import { DEFAULT_LIST_OPTIONS, type ListOptions } from "./params";

const QUERY = "country=MA&map=amount&theme=environnement-climat-et-energie";
const ON_PAGE_3: ListOptions = { sort: "-amount", page: 3, pageSize: 50 };
const paramsOf = (href: string) => new URL(href, "http://localhost").searchParams;

describe("list links", () => {
  it("the export's query keeps the filters and the order, not the page", () => {
    expect(listExportQuery(QUERY, ON_PAGE_3)).toBe("country=MA&map=amount&sort=-amount&theme=environnement-climat-et-energie");
    expect(listExportQuery("", DEFAULT_LIST_OPTIONS)).toBe("");
  });

  it("leave the defaults out and keep the dashboard query", () => {
    expect(listPageHref("", DEFAULT_LIST_OPTIONS)).toBe("/partenariats");
    expect(listPageHref(QUERY, DEFAULT_LIST_OPTIONS)).toBe(`/partenariats?${QUERY}`);
    expect(listPageHref(QUERY, ON_PAGE_3)).toBe(
      "/partenariats?country=MA&map=amount&page=3&pageSize=50&sort=-amount&theme=environnement-climat-et-energie",
    );
  });

  it("sort links toggle the direction, keep every parameter and go back to page 1", () => {
    const toggled = paramsOf(sortHref(QUERY, ON_PAGE_3, "amount"));
    expect(toggled.get("sort")).toBe("amount");
    expect(toggled.get("page")).toBeNull();
    expect(toggled.get("pageSize")).toBe("50");
    expect(toggled.get("country")).toBe("MA");
    expect(toggled.get("map")).toBe("amount");
    expect(paramsOf(sortHref(QUERY, ON_PAGE_3, "title")).get("sort")).toBe("title");
    // Back to the default order: the parameter disappears.
    expect(paramsOf(sortHref("", { ...DEFAULT_LIST_OPTIONS, sort: "startYear" }, "startYear")).has("sort")).toBe(false);
  });

  it("page links keep the order and the size; size links go back to page 1", () => {
    expect(paramsOf(pageHref(QUERY, ON_PAGE_3, 4)).toString()).toBe(
      "country=MA&map=amount&page=4&pageSize=50&sort=-amount&theme=environnement-climat-et-energie",
    );
    expect(pageHref("", ON_PAGE_3, 1)).toBe("/partenariats?pageSize=50&sort=-amount");
    expect(pageSizeHref(QUERY, ON_PAGE_3, 100)).toBe(
      "/partenariats?country=MA&map=amount&pageSize=100&sort=-amount&theme=environnement-climat-et-energie",
    );
  });

  it("the search form carries everything but q and page", () => {
    expect(searchHiddenFields(`${QUERY}&q=eau`, ON_PAGE_3)).toEqual([
      ["country", "MA"],
      ["map", "amount"],
      ["pageSize", "50"],
      ["sort", "-amount"],
      ["theme", "environnement-climat-et-energie"],
    ]);
  });

  it("drops the filters or the search but keeps the view settings", () => {
    const state = { ...EMPTY_STATE, country: ["MA"], q: "eau", map: "amount" as const, mapView: "africa" as const };
    expect(noFiltersQuery(state)).toBe("map=amount&mapView=africa");
    expect(noSearchQuery(state)).toBe("country=MA&map=amount&mapView=africa");
  });
});
