import { describe, expect, it } from "vitest";
import { GET as getAggregate } from "@/app/api/aggregate/route";
import { GET as getExplain } from "@/app/api/explain/route";
import { GET as getSummary } from "@/app/api/summary/route";
import { testDataset, testEngine } from "../downloads/test-dataset";
import { requestKey } from "./answer-cache";
import { type ApiError, answerEtag } from "./http";
import type { AggregateBody, ExplainBody, SummaryBody } from "./responses";
import { injectEngine } from "../test-support/engine";

const dataset = testDataset(60);
const use = () => {
  injectEngine(testEngine(dataset));
};
const get = (route: (request: Request) => Promise<Response> | Response, path: string, headers: HeadersInit = {}) =>
  route(new Request(new URL(path, "http://localhost"), { headers }));
const errorOf = async (response: Response) => ((await response.json()) as ApiError).error;

describe("GET /api/explain", () => {
  it("answers the partnerships of an /api/aggregate row, their contributions adding up to its value", async () => {
    use();
    const params = "by=country&measure=amount&limit=1";
    const aggregate = (await (await get(getAggregate, `/api/aggregate?${params}`)).json()) as AggregateBody;
    for (const row of aggregate.rows) {
      const response = await get(getExplain, `/api/explain?${params}&key=${row.key}&pageSize=200`);
      expect(response.status).toBe(200);
      // The ETag names the dataset version and the request: each row's explanation has its own.
      expect(response.headers.get("etag")).toBe(answerEtag(requestKey("test-version", new URL(`http://localhost/api/explain?${params}&key=${row.key}&pageSize=200`))));
      const body = (await response.json()) as ExplainBody;
      expect(body).toMatchObject({ key: row.key, label: row.label, value: row.value, unit: "euros", page: 1, pageSize: 200 });
      expect(body.sum).toBeCloseTo(row.value, 2);
      expect(body.rows.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(row.value, 2);
      expect(body.query).toMatchObject({ by: "country", key: String(row.key) });
    }
    const page = (await (await get(getExplain, "/api/explain?by=country&measure=partnerships&key=MA&pageSize=5&page=2")).json()) as ExplainBody;
    expect(page).toMatchObject({ page: 2, pageSize: 5, value: page.total });
    expect(page.rows).toHaveLength(5);
    expect(page.rows[0]).toMatchObject({ contribution: 1, href: expect.stringMatching(/^\/partenariats\//), countries: expect.arrayContaining([{ code: "MA", name: "Maroc" }]) });
  });

  it("without `by`, explains the whole selection: /api/summary's figure for the same filters", async () => {
    use();
    for (const filters of ["", "country=MA", "theme=environnement-climat-et-energie&themeScope=any&themeRule=split", "yearFrom=2012&yearTo=2018"]) {
      const summary = (await (await get(getSummary, `/api/summary?${filters}`)).json()) as SummaryBody;
      for (const measure of ["partnerships", "amount", "oudinAmount", "frenchAuthorities", "foreignPartners"] as const) {
        const response = await get(getExplain, `/api/explain?${filters}&measure=${measure}&pageSize=3`);
        expect(response.status).toBe(200);
        const body = (await response.json()) as ExplainBody;
        expect(body, `${filters} ${measure}`).toMatchObject({ key: null, by: null, label: "Toute la sélection", measure, value: summary[measure], page: 1, pageSize: 3 });
        expect(Math.abs(body.sum - summary[measure])).toBeLessThan(0.005);
        expect(body.rows.length).toBe(Math.min(3, body.total));
      }
    }
    for (const [path, param] of [["/api/explain?key=MA", "key"], ["/api/explain?measure=amount&stack=status", "stack"], ["/api/explain?limit=3", "limit"], ["/api/explain?segment=meae", "segment"]]) {
      const response = await get(getExplain, path!);
      expect(response.status, path).toBe(400);
      expect((await errorOf(response)).issues).toEqual([{ param, message: expect.stringMatching(/give by too/) }]);
    }
  });

  it("answers 400 naming the parameter, 404 naming the key, never 500", async () => {
    use();
    const missing = await get(getExplain, "/api/explain?by=country");
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).issues).toEqual([{ param: "key", message: expect.stringMatching(/^required/) }]);
    const bad = await errorOf(await get(getExplain, "/api/explain?by=nation&key=MA&pageSize=500"));
    expect(bad.issues.map((issue) => issue.param).sort()).toEqual(["by", "pageSize"]);
    const unknownTheme = await get(getExplain, "/api/explain?by=country&key=MA&theme=astrologie");
    expect(unknownTheme.status).toBe(400);
    expect((await errorOf(unknownTheme)).issues[0]!.param).toBe("theme");
    const activeAmount = await get(getExplain, "/api/explain?by=activeYear&measure=amount&key=2019");
    expect((await errorOf(activeAmount)).issues[0]!.param).toBe("measure");
    for (const path of ["/api/explain?by=country&key=FR", "/api/explain?by=country&key=others", "/api/explain?by=year&key=1850", "/api/explain?by=theme&key=astrologie"]) {
      const response = await get(getExplain, path);
      expect(response.status, path).toBe(404);
      const error = await errorOf(response);
      expect(error).toMatchObject({ code: "not_found", issues: [{ param: "key" }] });
      expect(error.message, path).toMatch(/^key: no row/);
    }
  });
});
