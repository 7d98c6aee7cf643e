import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { answerOf } from "../api/dashboard";
import { aggregateBody } from "../api/responses";
import { textContent, parseXml } from "../charts/xml";
import { dashboardKey, dashboardKeys } from "../dashboard/queries";
import { parseDashboardState } from "../dashboard/state-parse";
import { explainFile } from "../downloads/explain";
import { describeMap } from "../map/describe";
import { choroplethLegendItems, circlesNote } from "../map/legend";
import { buildClassScale } from "../map/scales";
import type { Dataset } from "../model";
import { QueryEngine } from "../query/engine";
import { makeFunding, makePartnership } from "../test-support/factories";
import { viewToCsv } from "./csv";
import { footerLines } from "./pptx-layout";
import { panelSvg } from "./svg";
import { panelData } from "./view";

const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-11-30" },
  partnerships: [
    makePartnership({ id: "1", status: "ongoing", funding: [makeFunding({ year: 2019, amount: 12_500 })] }),
    makePartnership({ id: "2", status: "completed", foreignPartners: [{ name: "Ziguinchor", country: "SN", countryName: "Sénégal" }] }),
  ],
};
const engine = QueryEngine.fromDataset(DATASET, "test");
const state = (query: string) => parseDashboardState(new URLSearchParams(query)).state;
/** English files are read with ",", French ones with ";" (lib/export/csv.ts). */
const readBack = (csv: string, delimiter = ","): string[][] => parse(csv, { delimiter, bom: true, relax_column_count: true, record_delimiter: "\r\n" });

describe("the dashboard's requests in English", () => {
  it("carry lang=en in every key, and the French keys stay as they were", () => {
    expect(dashboardKey(state("country=SN"), "en")).toBe("/api/dashboard?country=SN&lang=en");
    expect(dashboardKey(state("country=SN"))).toBe("/api/dashboard?country=SN");
    for (const key of Object.values(dashboardKeys(state(""), "en"))) expect(key).toMatch(/[?&]lang=en$/);
  });

  it("are answered in English: statuses, countries, the active filters", () => {
    const byStatus = aggregateBody(engine, { ...state(""), by: "status", measure: "partnerships" } as never, "en");
    expect(byStatus.rows.map((row) => row.label).sort()).toEqual(["Completed", "Ongoing"]);
    const keys = dashboardKeys(state("country=SN&status=ongoing"), "en");
    const summary = answerOf(engine, keys.summary) as { applied: { label: string }[] };
    expect(summary.applied.map((a) => a.label)).toEqual(["Senegal", "Ongoing"]);
    const countries = answerOf(engine, keys.countries) as { countries: { name: string }[] };
    expect(countries.countries.map((c) => c.name)).toEqual(["Morocco"]);
  });

  it("give English filter options from the dataset's meta", () => {
    const meta = engine.meta("en");
    expect(meta.statuses.map((s) => s.label)).toEqual(["Ongoing", "Completed"]);
    expect(meta.countries.map((c) => c.name)).toContain("Senegal");
    expect(engine.meta().countries.map((c) => c.name)).toContain("Sénégal");
  });
});

describe("a panel's exports in English", () => {
  const data = panelData(engine, "financer-categories", state("status=ongoing"), "en");

  it("write the CSV's notes and headers in English", () => {
    const records = readBack(viewToCsv({ notes: data.notes, table: data.figures.table }));
    expect(records[1]).toEqual(["Funding by funder category"]);
    expect(records).toContainEqual(["Status: Ongoing"]);
    expect(records).toContainEqual(["Data as of 30/11/2026"]);
    expect(records.find((row) => row[0] === "Funder category")).toEqual(["Funder category", "Declared amount (€)", "Funded partnerships"]);
  });

  it("draw the SVG's title, source and numbers in English", () => {
    const words = textContent(parseXml(panelSvg(data)));
    expect(words).toContain("Funding by funder category");
    expect(words).toContain("Source: French Atlas of decentralised cooperation (MEAE)");
    expect(words).toContain("MEAE: €12.5k");
    expect(words).toContain("€2,000");
    expect(words).not.toContain("Données");
  });

  it("write the slide's footer in English", () => {
    expect(footerLines({ ...data.notes, demo: true })).toEqual([
      `Source: French Atlas of decentralised cooperation (MEAE) · ${data.notes.licence} · Data as of 30 November 2026`,
      "Demonstration data: generated figures, not real ones",
    ]);
  });

  it("keep the French files French", () => {
    const french = panelData(engine, "financer-categories", state("status=ongoing"));
    const records = readBack(viewToCsv({ notes: french.notes, table: french.figures.table }), ";");
    expect(records[1]).toEqual(["Financements par catégorie de financeur"]);
    expect(records).toContainEqual(["Statut : En cours"]);
  });

  it("write the Détail CSV in English", () => {
    const file = explainFile(engine, { ...state(""), by: "status", measure: "partnerships", key: "ongoing", page: 1, pageSize: 20 } as never, "https://atlas.example", "en");
    const records = readBack(String(file.body));
    expect(records.some((row) => row.some((cell) => cell.includes("https://atlas.example/partenariats/1?lang=en")))).toBe(true);
    expect(records.flat().join(" ")).not.toMatch(/Données au|Statut/);
  });
});

describe("the map's words in English", () => {
  it("describe the map and its legend in English with English numbers", () => {
    const countries = [{ code: "SN", name: "Senegal", region: "afrique-subsaharienne" as const, partnerships: 1204, amount: 3_000_000, frenchAuthorities: 3 }];
    expect(describeMap(countries, "amount", "circles", "en")).toBe(
      "Map of partner countries: 1 country with circles proportional to the declared amount; largest: Senegal (€3m). The same figures are in the list of countries.",
    );
    const items = choroplethLegendItems(buildClassScale([0, 12_000, 48_000]), "amount", "en");
    expect(items.map((item) => item.label)).toContain("€0 (no declared amount)");
    expect(items.at(-1)?.label).toBe("No data");
    expect(circlesNote("partnerships", [1000, 10], "en")).toBe("Circle area proportional to the value (references: 1,000; 10). Countries without a circle: no data.");
  });
});
