import { expect, test } from "@playwright/test";
import { IMPORTED_PORT } from "./ports";

// This server reads only the fiches of e2e/fixtures (imported through ATLAS_DATA_DIR): the real
// Dijon–Chefchaouen fiche (48,652 €) and three test fiches (Kayes: 18,000 €; Brasov and an HTML-laden one: no funding).
test.use({ baseURL: `http://127.0.0.1:${IMPORTED_PORT}` });

test("aggregate gives the exact totals of the imported fiches", async ({ request }) => {
  const byCountry = await (await request.get("/api/aggregate?by=country&measure=amount")).json();
  expect(byCountry.total).toBe(66_652);
  expect(byCountry.rows).toEqual([
    { key: "MA", label: "Maroc", value: 48_652, partnerships: 1 },
    { key: "ML", label: "Mali", value: 18_000, partnerships: 1 },
    { key: "RO", label: "Roumanie", value: 0, partnerships: 2 },
  ]);
  expect(byCountry.coverage).toEqual({ funded: 2, partnerships: 4, share: 2 / 4 });
  expect(byCountry.dataset.generated).toBe(false);

  const byYear = await (await request.get("/api/aggregate?by=year&measure=amount")).json();
  expect(Object.fromEntries(byYear.rows.map((r: { key: number; value: number }) => [r.key, r.value]))).toEqual({
    2019: 15_000, 2020: 25_775, 2021: 25_877,
  });
  const oudin = await (await request.get("/api/aggregate?by=financerCategory&measure=oudinAmount")).json();
  expect(oudin.total).toBe(1_500);

  const maroc2020 = await (await request.get("/api/aggregate?by=financer&country=MA&yearFrom=2020&yearTo=2020")).json();
  expect(maroc2020.total).toBe(22_775);
  expect(maroc2020.query).toMatchObject({ country: ["MA"], yearFrom: 2020, yearTo: 2020, measure: "amount" });
});

test("partnerships: pages of summaries, whole records by id, 404 for an unknown id", async ({ request }) => {
  const list = await (await request.get("/api/partnerships?sort=-amount&pageSize=2")).json();
  expect(list.total).toBe(4);
  expect(list.items.map((i: { id: string }) => i.id)).toEqual(["15909", "900001"]);
  expect(list.items[0]).not.toHaveProperty("funding");

  const one = await (await request.get("/api/partnerships/15909")).json();
  expect(one.partnership.funding).toHaveLength(6);
  expect(one.partnership.source).toMatchObject({ kind: "atlas-fiche", real: true, atlasId: 15909 });

  const missing = await request.get("/api/partnerships/does-not-exist");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.message).toBe("not found");
});

test("countries and meta give what the map and the filters need", async ({ request }) => {
  const { countries } = await (await request.get("/api/countries")).json();
  expect(countries.find((c: { code: string }) => c.code === "MA")).toEqual({
    code: "MA", numericCode: "504", name: "Maroc", region: "afrique-nord-moyen-orient", partnerships: 1, amount: 48_652, frenchAuthorities: 1,
  });
  const meta = await (await request.get("/api/meta")).json();
  expect(meta.provenance.generated).toBe(false);
  expect(meta.counts).toMatchObject({ partnerships: 4, countries: 3, totalAmount: 66_652 });
  expect(meta.themes.map((t: { key: string }) => t.key)).toContain("environnement-climat-et-energie");
});

test("dashboard answers every panel at once, each part as its own route answers it", async ({ request }) => {
  const response = await request.get("/api/dashboard?country=MA&rank=amount&yearFrom=2020&yearTo=2020");
  expect(response.status()).toBe(200);
  const body = await response.json();
  const filters = "country=MA&yearFrom=2020&yearTo=2020";
  const parts = {
    summary: `/api/summary?${filters}`,
    countries: "/api/countries?yearFrom=2020&yearTo=2020",
    france: `/api/french-areas?${filters}`,
    themes: `/api/aggregate?by=theme&measure=amount&${filters}`,
    financerCategories: `/api/aggregate?by=financerCategory&measure=amount&${filters}`,
    financers: `/api/aggregate?by=financer&measure=amount&limit=10&${filters}`,
    // One year shown: the year chart keeps every year (the year highlighted on the page).
    years: "/api/aggregate?by=year&measure=amount&stack=financerCategory&country=MA",
    activeYears: "/api/aggregate?by=activeYear&measure=partnerships&country=MA",
    topCountries: `/api/aggregate?by=country&measure=amount&limit=10&${filters}`,
    topAuthorities: `/api/aggregate?by=authority&measure=amount&limit=10&${filters}`,
  };
  expect(Object.keys(body).sort()).toEqual(Object.keys(parts).sort());
  for (const [name, url] of Object.entries(parts)) {
    expect(body[name], name).toEqual(await (await request.get(url)).json());
  }
  expect(body.financers.total).toBe(22_775);
  expect(body.summary.partnerships).toBe(1);
  // The map is a facet: every country under the other filters, not only the chosen one.
  expect(body.countries.countries.length).toBeGreaterThan(1);
});

test("each kind of bad parameter gets a 400 naming it", async ({ request }) => {
  for (const [query, param] of [
    ["/api/aggregate?by=nation", "by"],
    ["/api/aggregate?by=country&yearFrom=vingt", "yearFrom"],
    ["/api/partnerships?pageSize=1000", "pageSize"],
    ["/api/aggregate?by=country&country=ZZ", "country"],
    ["/api/countries?status=ongoing&status=completed", "status"],
    ["/api/aggregate?by=country&theme=astrologie", "theme"],
    ["/api/meta?foo=bar", "foo"],
    ["/api/dashboard?rank=montant", "rank"],
    ["/api/dashboard?yearFrom=2021&yearTo=2019", "yearFrom"],
    ["/api/dashboard?theme=astrologie", "theme"],
    // The map's measure changes no answer: it is the page's, not the API's.
    ["/api/dashboard?map=amount", "map"],
  ] as const) {
    const response = await request.get(query);
    expect(response.status(), query).toBe(400);
    const body = await response.json();
    expect(body.error.issues.map((i: { param: string }) => i.param), query).toContain(param);
  }
});

test("a repeated request with the ETag gets a 304", async ({ request }) => {
  const first = await request.get("/api/aggregate?by=theme");
  const etag = first.headers().etag;
  // A hash of the build, the dataset version and the URL (lib/http-cache/etag.ts).
  expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
  expect(first.headers()["cache-control"]).toContain("max-age");
  const second = await request.get("/api/aggregate?by=theme", { headers: { "If-None-Match": etag! } });
  expect(second.status()).toBe(304);
});
