import { describe, expect, it } from "vitest";
import { parseDashboardState } from "../dashboard/state-parse";
import type { AppliedFilter } from "../query/describe";
import type { Filters } from "../query/params";
import { QueryError } from "../query/select";
import { chartSubtitle, contextSubtitle, keepKnownFilters, profileScope, withEntity } from "./scope";

const stateOf = (query: string) => parseDashboardState(new URLSearchParams(query)).state;

describe("a profile's scope", () => {
  it("adds the country to the dashboard's filters, replacing any country filter, and keeps the view settings", () => {
    const scope = profileScope(stateOf("theme=environnement-climat-et-energie&country=DE&country=SN&map=amount"), { param: "country", code: "MA" });
    expect(scope.filters.country).toEqual(["MA"]);
    expect(scope.filters.theme).toBe("environnement-climat-et-energie");
    expect(scope.query).toBe("country=MA&map=amount&theme=environnement-climat-et-energie");
  });

  it("filters an authority page on that authority alone, other filters kept", () => {
    const scope = profileScope(stateOf("authority=commune-13055&yearFrom=2015"), { param: "authority", key: "commune-75056" });
    expect(scope.filters).toMatchObject({ authority: ["commune-75056"], yearFrom: 2015 });
    expect(scope.query).toBe("authority=commune-75056&yearFrom=2015");
  });

  it("shows a whole theme: sub-theme filters of the dashboard are dropped", () => {
    const filters = withEntity(stateOf("theme=a&subTheme=b&subSubTheme=c&status=ongoing") as Filters, { param: "theme", slug: "economie-durable" });
    expect(filters).toMatchObject({ theme: "economie-durable", subTheme: undefined, subSubTheme: undefined, status: "ongoing" });
    expect(profileScope(stateOf("theme=a&subTheme=b"), { param: "theme", slug: "economie-durable" }).query).toBe("theme=economie-durable");
  });

  it("gives the bare entity query when the user came without filters", () => {
    expect(profileScope(stateOf(""), { param: "country", code: "MA" }).query).toBe("country=MA");
  });
});

describe("filters the dataset does not know", () => {
  const check = (filters: Filters) => {
    if (filters.theme === "inconnue") throw new QueryError("theme", 'unknown value "inconnue"');
    if (filters.authority.includes("commune-00000")) throw new QueryError("authority", 'unknown value "commune-00000"');
  };

  it("are dropped one by one and reported, the others kept", () => {
    const { state, issues } = keepKnownFilters(stateOf("theme=inconnue&authority=commune-00000&country=MA"), check);
    expect(state).toMatchObject({ theme: undefined, authority: [], country: ["MA"] });
    expect(issues).toEqual([
      { param: "theme", message: 'unknown value "inconnue"' },
      { param: "authority", message: 'unknown value "commune-00000"' },
    ]);
  });

  it("leave a known state as it is", () => {
    const state = stateOf("theme=economie-durable");
    expect(keepKnownFilters(state, check)).toEqual({ state, issues: [] });
  });

  it("do not hide other errors", () => {
    expect(() => keepKnownFilters(stateOf(""), () => { throw new Error("bug"); })).toThrow("bug");
    expect(() => keepKnownFilters(stateOf(""), () => { throw new QueryError("measure", "bad"); })).toThrow("measure");
  });
});

describe("subtitles", () => {
  const applied: AppliedFilter[] = [
    { param: "country", value: "MA", label: "Maroc" },
    { param: "theme", value: "environnement-climat-et-energie", label: "Environnement, Climat et Energie" },
    { param: "yearFrom", value: "2015", label: "à partir de 2015" },
  ];

  it("name the dashboard filters applied besides the entity", () => {
    expect(contextSubtitle(applied, "country")).toBe("Filtres du tableau de bord appliqués : Environnement, Climat et Energie · à partir de 2015");
    expect(contextSubtitle(applied.slice(0, 1), "country")).toBe("Tous les partenariats, sans autre filtre du tableau de bord.");
  });

  it("name every filter under a chart", () => {
    expect(chartSubtitle(applied)).toBe("Maroc · Environnement, Climat et Energie · à partir de 2015");
  });
});
