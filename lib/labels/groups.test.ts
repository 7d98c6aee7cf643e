import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import type { Dataset } from "../model";
import { QueryEngine } from "../query/engine";
import { aggregateQuerySchema, parseParams } from "../query/params";

const demo: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
  partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.02 }),
};
const engine = QueryEngine.fromDataset(demo, "demo");
const query = (search: string) => {
  const parsed = parseParams(aggregateQuerySchema, new URLSearchParams(search));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const labels = (search: string, lang: "fr" | "en") => engine.aggregate(query(search), lang).rows.map((row) => row.label);

describe("group names in English", () => {
  it("names countries from their ISO code and keeps the same rows and figures", () => {
    const fr = engine.aggregate(query("by=country&measure=partnerships&limit=5"), "fr");
    const en = engine.aggregate(query("by=country&measure=partnerships&limit=5"), "en");
    expect(en.rows.map((row) => [row.key, row.value])).toEqual(fr.rows.map((row) => [row.key, row.value]));
    const germany = en.rows.find((row) => row.key === "DE");
    expect(germany?.label, JSON.stringify(en.rows.slice(0, 3))).toBe("Germany");
    expect(en.rows.at(-1)?.label).toMatch(/^Others \(\d+\)$/);
  });

  it("names themes, statuses and financer categories from the repository's tables", () => {
    expect(labels("by=theme", "en")).toContain("Sustainable economy");
    expect(labels("by=theme", "fr")).toContain("Economie durable");
    expect(labels("by=status", "en").sort()).toEqual(expect.arrayContaining(["Completed", "Ongoing"]));
    expect(labels("by=financerCategory", "en")).toContain("Foreign partners");
  });
});
