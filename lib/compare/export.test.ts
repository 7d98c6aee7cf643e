import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import { csvCell, viewToCsv } from "../export/csv";
import { chartCaches, readPptx, seriesNames } from "../export/pptx-package.testutil";
import { formatCell, pageTable } from "../panels/page-table";
import { QueryEngine } from "../query/engine";
import { compareFile, compareSvg } from "./export";
import { comparePanelData } from "./load";
import { COMPARE_PANELS } from "./panels";
import { parseCompareState } from "./state-parse";

const engine = QueryEngine.fromDataset(
  {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: { seed: 2026, scale: 0.05, referenceYear: 2025 }, description: "demo", updatedAt: "2026-11-30" },
    partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.05 }),
  },
  "demo",
);
const state = (query: string) => parseCompareState(new URLSearchParams(query)).state;

describe("a comparison panel's files", () => {
  it("write the page's table in the CSV: same rows, same cells, both sides, difference and ratio", () => {
    for (const query of ["a.country=SN&b.country=MA", "a.yearFrom=2010&a.yearTo=2015&b.yearFrom=2016&b.yearTo=2021&measure=partnerships"]) {
      for (const panel of COMPARE_PANELS) {
        const data = comparePanelData(engine, panel, state(query));
        const { table } = data.figures;
        const page = pageTable("t", table);
        const records = parse(viewToCsv({ notes: data.notes, table }), { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
        const header = records.findIndex((record) => record[0] === table.columns[0]!.label);
        expect(records[header]!.slice(1, 5).join(";")).toMatch(/A.*;.*B.*;Écart \(B − A\).*;Rapport \(B \/ A\)/);
        const body = records.slice(header + 1);
        const raw = [...table.rows, table.total!];
        const shown = [...page.rows, page.total!];
        expect(body.length, `${panel} ${query}`).toBe(raw.length);
        body.forEach((record, i) => {
          table.columns.forEach((column, c) => {
            const value = raw[i]![column.key] ?? null;
            expect(record[c], `${panel} row ${i} ${column.key}`).toBe(csvCell(value));
            expect(formatCell(value, column.kind), `${panel} row ${i} ${column.key}`).toBe(shown[i]![column.key]);
          });
        });
        // A ratio over an A of 0 is "—" on the page and in the file, never ∞ or NaN.
        for (const row of body) expect(row.join(";")).not.toMatch(/Infinity|NaN|∞/);
      }
    }
    const countries = comparePanelData(engine, "compare-countries", state("a.country=SN&b.country=MA")).figures.table;
    expect(countries.rows.find((row) => row.label === "Maroc")?.ratio).toBe("—");
  });

  it("draw both series on one axis in the SVG, with the caption and source", () => {
    const data = comparePanelData(engine, "compare-themes", state("a.country=SN&b.country=MA"));
    const svg = compareSvg(data);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain(`<title>${data.figures.title}</title>`);
    expect(svg.match(/data-side="a"/g)?.length).toBe(data.breakdown.rows.length);
    expect(svg.match(/data-side="b"/g)?.length).toBe(data.breakdown.rows.length);
    expect(svg).toContain("A : Sénégal");
    expect(svg).toContain("B : Maroc");
    // A pair of bars is described by its <title>; an aria-label on a <g> without a role would be ignored.
    expect(svg).not.toMatch(/<g(?![^>]*\brole=)[^>]*aria-label=/);
    expect(svg.match(/<g class="chart-bar compare-group"[^>]*><title>[^<]+<\/title>/g)?.length).toBe(data.breakdown.rows.length);
  });

  it("write a native clustered bar chart of the two series in the PPTX", async () => {
    const data = comparePanelData(engine, "compare-financer-categories", state("a.country=SN&b.country=MA"));
    const file = await compareFile(data, "pptx");
    const pptx = await readPptx(Buffer.from(file.body as Uint8Array));
    const chart = pptx.slides[0]!.charts[0]!;
    expect(chart.xml).toContain('<c:grouping val="clustered"/>');
    expect(seriesNames(chart.xml)).toEqual(["A : Sénégal", "B : Maroc"]);
    const values = chartCaches(chart.xml, "c:val").map((series) => series.map(Number));
    expect(values[0]).toEqual(data.breakdown.rows.map((row) => row.a));
    expect(values[1]).toEqual(data.breakdown.rows.map((row) => row.b));
  });
});
