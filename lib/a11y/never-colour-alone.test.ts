import { describe, expect, it } from "vitest";
import { comparePanelData } from "../compare/load";
import { COMPARE_PANELS } from "../compare/panels";
import { parseCompareState } from "../compare/state-parse";
import { parseDashboardState } from "../dashboard/state-parse";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import type { ExportChart, ExportTable } from "../export/types";
import { panelData } from "../export/view";
import { DASHBOARD_PANELS } from "../panels/dashboard-panels";
import { QueryEngine } from "../query/engine";

/**
 * "Never colour alone" (WCAG 1.4.1): whatever a colour tells in a chart or a map, the panel's
 * table says in words and numbers: every bar's label and value, every stacked segment's series
 * name and value, both sides of a comparison, every country or French area the map colours. The
 * table is the one the page shows under its "Afficher le tableau" toggle (and every export).
 */

const engine = QueryEngine.fromDataset(
  {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: { seed: 2026, scale: 0.05, referenceYear: 2025 }, description: "demo", updatedAt: "2026-11-30" },
    partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.05 }),
  },
  "demo",
);

/** Each coloured mark of `chart` must be a row (or a cell) of `table` with the same words and value. */
function expectChartInTable(chart: ExportChart, table: ExportTable, what: string) {
  const labelKey = table.columns[0]!.key;
  const rowNamed = (label: string) => table.rows.find((row) => row[labelKey] === label);
  switch (chart.kind) {
    case "bars":
      chart.categories.forEach((category, i) => {
        expect(rowNamed(category)?.value, `${what}: ${category}`).toBe(chart.series.values[i]);
      });
      return;
    case "stacked-columns":
      for (const series of chart.series) {
        const column = table.columns.find((c) => c.label === series.name);
        expect(column, `${what}: a column for ${series.name}`).toBeDefined();
        chart.categories.forEach((year, i) => {
          expect(rowNamed(year)?.[column!.key] ?? 0, `${what}: ${series.name} ${year}`).toBe(series.values[i]);
        });
      }
      return;
    case "clustered-bars":
      for (const [side, series] of (["a", "b"] as const).map((side, i) => [side, chart.series[i]!] as const)) {
        chart.categories.forEach((category, i) => {
          expect(rowNamed(category)?.[side], `${what}: ${series.name}, ${category}`).toBe(series.values[i]);
        });
      }
      return;
    default:
      return;
  }
}

describe("never colour alone: the tables carry every value the colours show", () => {
  const dashboard = (query: string) => parseDashboardState(new URLSearchParams(query)).state;

  it("every dashboard panel's chart, bar by bar and segment by segment", () => {
    const kinds = new Set<string>();
    for (const query of ["", "country=SN&yearFrom=2012&rank=amount", "theme=economie-durable"]) {
      for (const panel of DASHBOARD_PANELS) {
        const { figures } = panelData(engine, panel, dashboard(query));
        expect(figures.table.rows.length, `${panel} ?${query}`).toBeGreaterThan(0);
        expectChartInTable(figures.chart, figures.table, `${panel} ?${query}`);
        kinds.add(figures.chart.kind);
      }
    }
    expect([...kinds].sort()).toEqual(["bars", "picture", "stacked-columns"]);
  });

  it("the maps: every country and French area with a class colour is a row with its figures", () => {
    for (const query of ["", "map=amount&france=departement"]) {
      const world = panelData(engine, "map", dashboard(query));
      const countries = world.parts.countries?.countries ?? [];
      expect(countries.length).toBeGreaterThan(0);
      for (const country of countries) {
        expect(world.figures.table.rows.find((row) => row.name === country.name), country.name).toMatchObject({
          partnerships: country.partnerships,
          amount: country.amount,
          frenchAuthorities: country.frenchAuthorities,
        });
      }
      const france = panelData(engine, "france", dashboard(query));
      const areas = france.parts.france?.areas ?? [];
      expect(areas.length).toBeGreaterThan(0);
      for (const area of areas) expect(france.figures.table.rows.find((row) => row.code === area.code), area.name).toMatchObject({ partnerships: area.partnerships, amount: area.amount });
    }
  });

  it("both sides of every comparison chart", () => {
    const state = parseCompareState(new URLSearchParams("a.country=SN&b.country=MA")).state;
    for (const panel of COMPARE_PANELS) {
      const { figures } = comparePanelData(engine, panel, state);
      expectChartInTable(figures.chart, figures.table, panel);
    }
  });
});
