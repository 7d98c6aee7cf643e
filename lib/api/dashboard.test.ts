import { describe, expect, it } from "vitest";
import { dashboardKey, dashboardKeys } from "../dashboard/queries";
import { dashboardQuerySchema, parseDashboardState } from "../dashboard/state-parse";
import type { Dataset } from "../model";
import { QueryEngine } from "../query/engine";
import { aggregateQuerySchema, filtersSchema, parseParams } from "../query/params";
import { makeFunding, makePartnership } from "../test-support/factories";
import { answerOf, dashboardText } from "./dashboard";
import { aggregateBody, countriesBody, summaryBody } from "./responses";

const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
  partnerships: [
    makePartnership({ id: "1", status: "ongoing", funding: [makeFunding({ year: 2019, amount: 1000 })] }),
    makePartnership({ id: "2", status: "completed", foreignPartners: [{ name: "Ziguinchor", country: "SN", countryName: "Sénégal" }] }),
  ],
};
const engine = QueryEngine.fromDataset(DATASET, "test");
const query = (raw: string) => {
  const parsed = parseParams(dashboardQuerySchema, new URLSearchParams(raw));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe("/api/dashboard", () => {
  it("answers each panel's part with the body of that part's own request", () => {
    const q = query("status=ongoing&rank=amount");
    const body = JSON.parse(dashboardText(engine, q)) as Record<string, unknown>;
    const keys = dashboardKeys(q);
    expect(Object.keys(body)).toEqual(Object.keys(keys));
    const parse = <T>(schema: Parameters<typeof parseParams>[0], key: string) => {
      const parsed = parseParams(schema, new URL(key, "http://x").searchParams);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.value as T;
    };
    expect(body.summary).toEqual(JSON.parse(JSON.stringify(summaryBody(engine, parse(filtersSchema, keys.summary)))));
    expect(body.countries).toEqual(JSON.parse(JSON.stringify(countriesBody(engine, parse(filtersSchema, keys.countries)))));
    expect(body.topCountries).toEqual(JSON.parse(JSON.stringify(aggregateBody(engine, parse(aggregateQuerySchema, keys.topCountries)))));
    expect(keys.topCountries).toContain("measure=amount");
  });

  it("takes each part from the cache of answers when it is there", () => {
    const asked: string[] = [];
    const text = dashboardText(engine, query(""), (key, compute) => {
      asked.push(key);
      return key === "/api/summary" ? '{"cached":true}' : JSON.stringify(compute());
    });
    expect(asked).toEqual(Object.values(dashboardKeys(query(""))));
    expect((JSON.parse(text) as { summary: unknown }).summary).toEqual({ cached: true });
  });

  it("lets an engine error through (the route answers 400)", () => {
    expect(() => dashboardText(engine, query("theme=astrologie"))).toThrow(/theme/);
    expect(() => answerOf(engine, "/api/nowhere")).toThrow();
  });

  it("is keyed by the filters and the ranking only: the map's settings do not change the request", () => {
    const one = parseDashboardState(new URLSearchParams("country=SN&map=amount&mapMode=circles")).state;
    const two = parseDashboardState(new URLSearchParams("country=SN")).state;
    expect(dashboardKey(one)).toBe(dashboardKey(two));
    expect(dashboardKey(two)).toBe("/api/dashboard?country=SN");
    expect(dashboardKey(parseDashboardState(new URLSearchParams("rank=amount")).state)).toBe("/api/dashboard?rank=amount");
  });
});
