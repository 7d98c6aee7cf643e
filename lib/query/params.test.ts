import { describe, expect, it } from "vitest";
import { dashboardQuerySchema, parseDashboardState } from "../dashboard/state-parse";
import { aggregateQuerySchema, filtersSchema, listQuerySchema, parseParams, toSearchParams, yearsInOrder } from "./params";

const parse = (query: string) => parseParams(aggregateQuerySchema, new URLSearchParams(query));

describe("query parameters", () => {
  it("parses repeatable parameters as arrays (repeated or comma-separated) and applies defaults", () => {
    const parsed = parse("by=country&country=MA&country=SN,ML&yearFrom=2015&yearTo=2020&theme=economie-durable");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({
      by: "country", measure: "amount", themeRule: "main", yearMode: "active", themeScope: "main",
      country: ["MA", "ML", "SN"], yearFrom: 2015, yearTo: 2020, theme: "economie-durable", financer: [],
    });
  });

  it.each([
    ["by=nation", "by"],
    ["by=country&yearFrom=deux-mille", "yearFrom"],
    ["by=country&yearFrom=2020&yearTo=2010", "yearFrom"],
    ["by=country&country=XX", "country"],
    ["by=country&country=maroc", "country"],
    ["by=country&measure=euros", "measure"],
    ["by=country&status=suspendu", "status"],
    ["by=country&theme=a&theme=b", "theme"],
    ["by=country&by=theme", "by"],
    ["by=country&contry=MA", "contry"],
    ["by=country&limit=0", "limit"],
  ])("rejects %s, naming %s", (query, param) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.param)).toContain(param);
    expect(parsed.message).toContain(param);
  });

  it("accepts a year range that runs forwards or is open at an end, and the API and the dashboard reject the same reversed one", () => {
    expect(yearsInOrder({})).toBe(true);
    expect(yearsInOrder({ yearFrom: 2020 })).toBe(true);
    expect(yearsInOrder({ yearTo: 2010 })).toBe(true);
    expect(yearsInOrder({ yearFrom: 2015, yearTo: 2015 })).toBe(true);
    expect(yearsInOrder({ yearFrom: 2015, yearTo: 2020 })).toBe(true);
    expect(yearsInOrder({ yearFrom: 2020, yearTo: 2015 })).toBe(false);
    const reversed = new URLSearchParams("yearFrom=2020&yearTo=2015");
    const issue = { param: "yearFrom", message: "must not be after yearTo" };
    for (const schema of [filtersSchema, listQuerySchema, dashboardQuerySchema]) {
      expect(parseParams(schema, reversed)).toMatchObject({ ok: false, issues: [issue] });
    }
    expect(parse(`by=country&${reversed}`)).toMatchObject({ ok: false, issues: [issue] });
    expect(parseDashboardState(reversed).issues).toEqual([issue]);
  });

  it("accepts every authority kind, the overseas collectivities' included, and their codes as région and département", () => {
    const parsed = parseParams(filtersSchema, new URLSearchParams("authorityKind=collectivite-outremer,commune&frenchRegion=987&departement=988"));
    expect(parsed).toMatchObject({ ok: true, value: { authorityKind: ["collectivite-outremer", "commune"], frenchRegion: ["987"], departement: ["988"] } });
    expect(parseParams(filtersSchema, new URLSearchParams("authorityKind=outremer"))).toMatchObject({ ok: false, issues: [{ param: "authorityKind" }] });
  });

  it("caps the page size", () => {
    const parsed = parseParams(listQuerySchema, new URLSearchParams("pageSize=500"));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toBe("pageSize: must be at most 200");
  });

  it("round-trips filters through the URL in one canonical order, leaving defaults out", () => {
    const filters = filtersSchema.parse({
      country: ["SN", "MA"], region: [], financer: [], financerCategory: ["meae"], authority: [], authorityKind: [],
      departement: ["21"], frenchRegion: [], yearFrom: 2015, theme: "economie-durable", q: "eau potable",
    });
    const query = toSearchParams(filters).toString();
    expect(query).toBe("country=MA&country=SN&departement=21&financerCategory=meae&q=eau+potable&theme=economie-durable&yearFrom=2015");
    const back = parseParams(filtersSchema, new URLSearchParams(query));
    expect(back).toEqual({ ok: true, value: { ...filters, country: ["MA", "SN"] } });
  });
});

describe("the lang parameter", () => {
  it("is taken by every schema and never reaches the parsed filters", () => {
    const parsed = parseParams(filtersSchema, new URLSearchParams("lang=en&country=SN"));
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ country: ["SN"] }) });
    if (parsed.ok) expect(parsed.value).not.toHaveProperty("lang");
  });
  it("names an unknown language and a repeated one", () => {
    expect(parseParams(filtersSchema, new URLSearchParams("lang=de"))).toMatchObject({ ok: false, issues: [{ param: "lang", message: "must be one of fr, en" }] });
    expect(parseParams(filtersSchema, new URLSearchParams("lang=en&lang=fr"))).toMatchObject({ ok: false, issues: [{ param: "lang", message: "must be given once" }] });
  });
});
