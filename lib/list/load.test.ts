import { describe, expect, it } from "vitest";
import type { Partnership } from "../model";
import { QueryEngine } from "../query/engine";
import { makeFunding, makePartnership } from "../test-support/factories";
import { loadListPage } from "./load";

const partnerships: Partnership[] = [
  makePartnership({ id: "a", title: "Eau potable à Chefchaouen", startYear: 2015, funding: [makeFunding({ amount: 5000 })] }),
  makePartnership({ id: "b", title: "Jumelage culturel", startYear: 2019, foreignPartners: [{ name: "Kayes", country: "ML", countryName: "Mali" }] }),
  makePartnership({ id: "c", title: "Déchets et climat", startYear: 2021, funding: [makeFunding({ amount: 12000 })] }),
];
const engine = QueryEngine.fromDataset({ format: "atlas-cooperation/dataset@1", meta: { demo: null, description: "test", updatedAt: "2026-01-01" }, partnerships }, "test");
const load = (search: string) => loadListPage(engine, new URLSearchParams(search));

describe("loadListPage", () => {
  it("applies the dashboard's filters and the list's options", () => {
    const page = load("country=MA&sort=-amount&map=amount");
    expect(page.issues).toEqual([]);
    expect(page.result.items.map((i) => i.id)).toEqual(["c", "a"]);
    expect(page.query).toBe("country=MA&map=amount");
    expect(page.applied.map((a) => a.label)).toEqual(["Maroc"]);
  });

  it("defaults to the newest first", () => {
    expect(load("").result.items.map((i) => i.id)).toEqual(["c", "b", "a"]);
  });

  it("reports bad parameters of both kinds and ignores them", () => {
    const page = load("sort=xyz&colour=red&country=MA");
    expect(page.issues.map((i) => i.param).sort()).toEqual(["colour", "sort"]);
    expect(page.options.sort).toBe("-startYear");
    expect(page.result.total).toBe(2);
    expect(page.query).toBe("country=MA");
  });

  it("drops a value the dataset does not know, says so, and still lists", () => {
    const page = load("theme=pas-un-theme&country=MA");
    expect(page.issues).toEqual([{ param: "theme", message: 'unknown value "pas-un-theme"' }]);
    expect(page.state.theme).toBeUndefined();
    expect(page.query).toBe("country=MA");
    expect(page.result.total).toBe(2);
  });

  it("gives an empty page beyond the last one, with the page count", () => {
    const page = load("page=5&pageSize=2");
    expect(page.result.items).toEqual([]);
    expect(page.result.pageCount).toBe(2);
    expect(page.result.total).toBe(3);
  });
});
