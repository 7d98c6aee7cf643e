import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import type { Dataset } from "../model";
import { QueryEngine } from "./engine";
import { type Filters, aggregateQuerySchema, filtersSchema } from "./params";

const demo: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
  partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.05 }),
};
const engine = QueryEngine.fromDataset(demo, "demo");
const filters = (raw: Record<string, unknown>): Filters =>
  filtersSchema.parse({ country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [], ...raw });
const FILTER_SETS = [{}, { country: ["SN"] }, { theme: "environnement-climat-et-energie", yearFrom: 2015 }, { financerCategory: ["meae"] }];

describe("French areas: what the France map draws", () => {
  for (const raw of FILTER_SETS) {
    const set = filters(raw);
    for (const level of ["region", "departement"] as const) {
      it(`are the breakdown by ${level} under each measure, for ${JSON.stringify(raw)}`, () => {
        const areas = engine.frenchAreas(set, level);
        expect(areas.length).toBeGreaterThan(0);
        const by = level === "region" ? "frenchRegion" : "departement";
        for (const measure of ["partnerships", "amount", "frenchAuthorities"] as const) {
          const rows = engine.aggregate(aggregateQuerySchema.parse({ ...set, by, measure })).rows.filter((row) => row.key !== "none");
          const drawn = Object.fromEntries(areas.filter((a) => a[measure] > 0).map((a) => [a.code, a[measure]]));
          expect(drawn).toEqual(Object.fromEntries(rows.filter((r) => r.value > 0).map((r) => [String(r.key), r.value])));
        }
      });
    }
  }

  it("name areas by INSEE code with their official names, overseas included", () => {
    const regions = new Map(engine.frenchAreas(filters({}), "region").map((a) => [a.code, a.name]));
    expect(regions.get("53")).toBe("Bretagne");
    expect(regions.get("04")).toBe("La Réunion");
    const departements = new Map(engine.frenchAreas(filters({}), "departement").map((a) => [a.code, a.name]));
    expect(departements.get("21")).toBe("Côte-d'Or");
    expect(departements.get("13")).toBe("Bouches-du-Rhône");
    expect([...departements.keys()]).not.toContain("none");
  });

  it("follow the country filter: Senegal's French partners only", () => {
    const all = engine.frenchAreas(filters({}), "region");
    const senegal = engine.frenchAreas(filters({ country: ["SN"] }), "region");
    const total = (areas: typeof all) => areas.reduce((sum, a) => sum + a.partnerships, 0);
    expect(total(senegal)).toBeGreaterThan(0);
    expect(total(senegal)).toBeLessThan(total(all));
  });
});
