import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parseDashboardState } from "../dashboard/state-parse";
import type { Dataset } from "../model";
import { QueryEngine } from "../query/engine";
import { makeFunding, makePartnership } from "../test-support/factories";
import { viewToCsv } from "./csv";
import { footerLines } from "./pptx-layout";
import { panelSvg } from "./svg";
import { panelData } from "./view";
import { viewToXlsx } from "./xlsx";

// Funding in 2025 and 2026, the dataset taken on 1 December 2026: 2026 is not over.
const engine = (updatedAt: string) =>
  QueryEngine.fromDataset(
    {
      format: "atlas-cooperation/dataset@1",
      meta: { demo: null, description: "test", updatedAt },
      partnerships: [
        makePartnership({
          startYear: 2025,
          funding: [makeFunding({ year: 2025, amount: 1_000_000 }), makeFunding({ year: 2026, amount: 250_000 })],
        }),
      ],
    } satisfies Dataset,
    "test",
  );
const state = parseDashboardState(new URLSearchParams()).state;
const years = (updatedAt: string, lang: "fr" | "en" = "fr") => panelData(engine(updatedAt), "years", state, lang);
/** A panel's data as its files' writers take it. */
const view = (data: ReturnType<typeof years>) => ({ notes: data.notes, table: data.figures.table, chart: data.figures.chart });

describe("the year panel's files mark the current year as partial", () => {
  it("flags the partial year in its own column of the CSV, the year and amounts staying numbers", () => {
    const csv = viewToCsv(view(years("2026-12-01")));
    const records: string[][] = parse(csv, { delimiter: ";", relax_column_count: true, bom: true });
    const header = records.find((row) => row[0] === "Année")!;
    const flag = header.indexOf("Année partielle");
    const total = header.indexOf("Total (€)");
    expect(flag).toBeGreaterThan(0);
    const row = (year: string) => records.find((r) => r[0] === year)!;
    expect([row("2025")[flag], row("2026")[flag]]).toEqual(["", "oui"]);
    expect(row("2026")[total]).toBe("250000");
    expect(csv).toContain("2026 : année en cours, données partielles (données au 01/12/2026)");
  });

  it("says so in English, with the English flag", () => {
    const csv = viewToCsv(view(years("2026-12-01", "en")));
    const records: string[][] = parse(csv, { delimiter: ",", relax_column_count: true, bom: true });
    const header = records.find((row) => row[0] === "Year")!;
    expect(records.find((r) => r[0] === "2026")![header.indexOf("Partial year")]).toBe("yes");
    expect(csv).toContain("2026: current year, partial data (data as of 01/12/2026)");
    expect(csv).not.toMatch(/partielle|oui/);
  });

  it("flags it in the XLSX: a note line, the column, numbers as numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await viewToXlsx(view(years("2026-12-01")))) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const cells = sheet.getColumn(1).values.map(String);
    expect(cells.some((text) => text.startsWith("2026 : année en cours, données partielles"))).toBe(true);
    const headerRow = cells.indexOf("Année");
    const header = (sheet.getRow(headerRow).values as unknown[]).map(String);
    const yearRow = sheet.getRow(cells.indexOf("2026"));
    expect(yearRow.getCell(header.indexOf("Année partielle")).value).toBe("oui");
    expect(yearRow.getCell(header.indexOf("Total (€)")).value).toBe(250000);
  });

  it("names the partial year in the slide's footer, and hatches it in the drawing", () => {
    const data = years("2026-12-01");
    // The chart's years are the table's (never colour alone: lib/a11y); the footer says which is partial.
    expect(data.figures.chart.kind === "stacked-columns" && data.figures.chart.categories).toEqual(["2025", "2026"]);
    expect(footerLines(data.notes).join("\n")).toContain("année en cours, données partielles");
    const svg = panelSvg(data);
    expect(svg).toMatch(/<g class="chart-column chart-column--partial" data-year="2026" data-partial="true"><rect[^>]*fill="url\(#year-hatch-/);
    expect(svg).toContain("<pattern");
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain("année en cours, données partielles (données au 01/12/2026)");
  });

  it("marks nothing once the dataset's year is over", () => {
    const data = years("2026-12-31");
    expect(data.figures.table.columns.map((c) => c.key)).not.toContain("partial");
    expect(data.notes.remarks).toEqual([]);
    expect(viewToCsv(view(data))).not.toContain("partielle");
    expect(panelSvg(data)).not.toContain("chart-column--partial");
  });
});
