import { describe, expect, it } from "vitest";
import { GET as getAggregate } from "@/app/api/aggregate/route";
import { resolveFrenchAuthority } from "../authorities";
import { PARTNERSHIP_COLUMNS, partnershipCells } from "../downloads/columns";
import { labelsOf } from "../labels";
import type { Dataset } from "../model";
import { loadAuthorityProfile } from "../profile/authority";
import { makeFunding, makePartnership } from "../test-support/factories";
import { QueryEngine } from "./engine";
import { aggregateQuerySchema, filtersSchema, parseParams } from "./params";
import { injectEngine } from "../test-support/engine";

// Names as the Atlas's fiches and imports write them, resolved as an import resolves them.
const authorities = (...names: string[]) => names.map(resolveFrenchAuthority);
const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
  partnerships: [
    makePartnership({ id: "pf", frenchAuthorities: authorities("Gouvernement de la Polynésie française"), funding: [makeFunding({ amount: 1000 })] }),
    makePartnership({ id: "sud", frenchAuthorities: authorities("Province Sud de Nouvelle-Calédonie", "Nouméa"), funding: [makeFunding({ amount: 2000 })] }),
    makePartnership({ id: "noumea", frenchAuthorities: authorities("Ville de Nouméa"), funding: [makeFunding({ amount: 400 })] }),
    makePartnership({ id: "dijon", frenchAuthorities: authorities("Dijon"), funding: [makeFunding({ amount: 300 })] }),
  ],
};
const engine = QueryEngine.fromDataset(DATASET, "overseas-test");
const emptyFilters = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };
const aggregate = (query: string) => {
  const parsed = parseParams(aggregateQuerySchema, new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return engine.aggregate(parsed.value);
};
const rowsOf = (query: string) => aggregate(query).rows.map((r) => [r.key, r.label, r.value]);

describe("an overseas collectivity in the query engine", () => {
  it("filters by the collectivite-outremer kind and groups by authority", () => {
    // The Province Sud's partnership names Nouméa too: filtered in whole, it brings the commune along
    // (ties in alphabetical order).
    expect(rowsOf("by=authority&measure=partnerships&authorityKind=collectivite-outremer")).toEqual([
      ["collectivite-outremer-987", "Gouvernement de la Polynésie française", 1],
      ["commune-98818", "Nouméa", 1],
      ["collectivite-outremer-988-sud", "Province Sud de Nouvelle-Calédonie", 1],
    ]);
    expect(aggregate("by=year&measure=amount&authorityKind=collectivite-outremer").total).toBe(3000);
    expect(aggregate("by=year&measure=frenchAuthorities&authorityKind=collectivite-outremer,epci").total).toBe(3);
  });

  it("puts a collectivity, its province and its communes under its code as French région and département", () => {
    expect(rowsOf("by=frenchRegion&measure=amount")).toEqual([
      ["988", "Nouvelle-Calédonie", 2400],
      ["987", "Polynésie française", 1000],
      ["27", "Bourgogne-Franche-Comté", 300],
    ]);
    expect(aggregate("by=departement&measure=partnerships&frenchRegion=988").rows.map((r) => [r.key, r.value])).toEqual([["988", 2]]);
  });

  it("lists the kind among the filter options and names it in the applied filters", () => {
    expect(engine.meta().authorityKinds).toContainEqual({ key: "collectivite-outremer", label: "Collectivité d'outre-mer" });
    const filters = filtersSchema.parse({ ...emptyFilters, authorityKind: ["collectivite-outremer"] });
    expect(engine.describe(filters)).toEqual([{ param: "authorityKind", value: "collectivite-outremer", label: "Collectivité d'outre-mer" }]);
  });

  it("gives the province its page, kind and identity card", () => {
    const key = "collectivite-outremer-988-sud";
    const authority = engine.authority(key);
    expect(authority).toEqual({ name: "Province Sud de Nouvelle-Calédonie", code: "988-sud", kind: "collectivite-outremer", departement: "988", region: "988" });
    const profile = loadAuthorityProfile(engine, key, authority!, {});
    expect(profile.kind).toBe("Collectivité d'outre-mer");
    expect(profile.facts.map((f) => `${f.label}: ${f.value}`)).toEqual(["Type: Collectivité d'outre-mer", "Code: 988-sud", "Collectivité d'outre-mer: Nouvelle-Calédonie (988)"]);
    expect(profile.base.summary.partnerships).toBe(1);
  });

  it("writes the kind's label in the downloads' kinds column", () => {
    const cells = partnershipCells(DATASET.partnerships[1]!);
    const cell = (key: string) => cells[PARTNERSHIP_COLUMNS.findIndex((c) => c.key === key)];
    const { separator } = labelsOf().downloads;
    expect(cell("authorityKinds")).toBe(`Collectivité d'outre-mer${separator}Commune`);
    expect(cell("authorityCodes")).toBe(`988-sud${separator}98818`);
  });
});


describe("GET /api/aggregate?authorityKind=collectivite-outremer", () => {
  it("answers the breakdown of the overseas collectivities' partnerships", async () => {
    injectEngine(engine);
    const response = await getAggregate(new Request("http://localhost/api/aggregate?by=authority&measure=amount&authorityKind=collectivite-outremer"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { rows: { key: string; value: number }[]; total: number };
    expect(body.rows.map((r) => [r.key, r.value])).toEqual([
      ["commune-98818", 2000],
      ["collectivite-outremer-988-sud", 2000],
      ["collectivite-outremer-987", 1000],
    ]);
    expect(body.total).toBe(3000);
  });

  it("rejects a kind that does not exist, naming the parameter", async () => {
    injectEngine(engine);
    const response = await getAggregate(new Request("http://localhost/api/aggregate?by=authority&authorityKind=com"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { param: string }[] } };
    expect(body.error.issues.map((i) => i.param)).toEqual(["authorityKind"]);
  });
});
