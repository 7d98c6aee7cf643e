import { describe, expect, it } from "vitest";
import { parseXml, textContent } from "../charts/xml";
import { parseDashboardState } from "../dashboard/state-parse";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import type { Dataset } from "../model";
import { DASHBOARD_PANELS } from "../panels/dashboard-panels";
import { pageTable } from "../panels/page-table";
import { QueryEngine } from "../query/engine";
import { makeFunding, makePartnership } from "../test-support/factories";
import { parse } from "csv-parse/sync";
import { formatCell } from "../panels/page-table";
import { viewToCsv } from "./csv";
import { panelSvg } from "./svg";
import { panelData } from "./view";

const state = (query: string) => parseDashboardState(new URLSearchParams(query)).state;

const demo = QueryEngine.fromDataset(
  {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: { seed: 2026, scale: 0.05, referenceYear: 2025 }, description: "demo", updatedAt: "2026-11-30" },
    partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.05 }),
  },
  "demo",
);

describe("a panel's export data", () => {
  it("holds the rows of the panel's answer, the 'Autres' row and the total, for every panel", () => {
    for (const panel of DASHBOARD_PANELS) {
      for (const query of ["", "country=SN&yearFrom=2015", "theme=economie-durable&rank=amount"]) {
        const data = panelData(demo, panel, state(query));
        const { rows, total } = data.figures.table;
        const body = { themes: data.parts.themes, "financer-categories": data.parts.financerCategories, financers: data.parts.financers, countries: data.parts.topCountries, authorities: data.parts.topAuthorities }[panel as string];
        if (body) {
          expect(rows.map((r) => r.label), `${panel} ${query}`).toEqual(body.rows.map((r) => r.label));
          expect(rows.map((r) => r.value)).toEqual(body.rows.map((r) => r.value));
          expect(total).toMatchObject({ label: "Total", value: body.total, partnerships: body.partnerships });
        }
        const headers = data.figures.table.columns.map((column) => column.label);
        expect(new Set(headers).size, `${panel} ${query}: ${headers.join(", ")}`).toBe(headers.length);
        expect(data.notes.demo).toBe(true);
        expect(data.notes.datasetDate).toBe("2026-11-30");
      }
    }
    const financers = panelData(demo, "financers", state("")).figures.table.rows;
    expect(financers.at(-1)?.label).toMatch(/^Autres \(\d+\)$/);
  });

  it("gives the page the same table, formatted", () => {
    const data = panelData(demo, "themes", state("country=MA"));
    const page = pageTable("t", data.figures.table);
    expect(page.rows.map((r) => r.label)).toEqual(data.figures.table.rows.map((r) => r.label));
    expect(page.rows[0]?.value).toMatch(/\s€$/);
    expect(page.total?.label).toBe("Total");
  });

  it("writes each panel's CSV with the rows and numbers of its table on the page", () => {
    for (const panel of DASHBOARD_PANELS) {
      const data = panelData(demo, panel, state("country=SN&country=MA&rank=amount"));
      const { table } = data.figures;
      const page = pageTable("t", table);
      const records = parse(viewToCsv({ notes: data.notes, table }), { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
      expect(records[0]?.[0], panel).toBe(data.notes.caption);
      const header = records.findIndex((record) => record[0] === table.columns[0]?.label);
      const rows = records.slice(header + 1);
      expect(rows.length, panel).toBe(page.rows.length + (page.total ? 1 : 0));
      page.rows.forEach((pageRow, i) => {
        table.columns.forEach((column, c) => {
          const cell = rows[i]![c]!;
          const value = column.kind === "text" ? cell : cell === "" ? null : Number(cell.replace(",", "."));
          // The same figure: the page prints the CSV's number in French format.
          expect(formatCell(value, column.kind), `${panel} row ${i} ${column.key}`).toBe(pageRow[column.key]);
        });
      });
    }
  });

  it("sums the years' categories in the year table's total, and states the filters in words", () => {
    const data = panelData(demo, "years", state("country=SN&country=ML&yearFrom=2015&themeRule=split&theme=economie-durable"));
    const { rows, total, columns } = data.figures.table;
    for (const column of columns.filter((c) => c.kind === "euros")) {
      const sum = rows.reduce((s, r) => s + Number(r[column.key] ?? 0), 0);
      expect(Number(total?.[column.key])).toBeCloseTo(sum, 6);
    }
    expect(data.notes.filters).toEqual([
      "Pays : Mali, Sénégal",
      "Thématique : Economie durable",
      "Années : à partir de 2015",
      "Partenariats à plusieurs thématiques : Montant réparti entre les thématiques",
    ].sort((a, b) => data.notes.filters.indexOf(a) - data.notes.filters.indexOf(b)));
  });

  it("draws each panel as a standalone SVG document with its title, caption and source", () => {
    for (const panel of DASHBOARD_PANELS) {
      const data = panelData(demo, panel, state("country=SN"));
      const root = parseXml(panelSvg(data).replace(/^<\?xml[^>]*\?>\s*/, ""));
      expect(root.name).toBe("svg");
      expect(root.attributes.xmlns).toBe("http://www.w3.org/2000/svg");
      const text = textContent(root);
      expect(text).toContain(data.figures.title);
      expect(text).toContain("données de démonstration");
      expect(text).toContain("Données au 30/11/2026");
    }
  });
});

describe("captions", () => {
  const dataset: Dataset = {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
    partnerships: [
      makePartnership({ id: "1", foreignPartners: [{ name: "Ziguinchor", country: "SN", countryName: "Sénégal" }], startYear: 2016, funding: [makeFunding({ amount: 30_000, year: 2016 }), makeFunding({ amount: 10_000, year: 2017 })] }),
      makePartnership({ id: "2", foreignPartners: [{ name: "Dakar", country: "SN", countryName: "Sénégal" }], startYear: 2018, theme: { theme: "Economie durable", subTheme: null, subSubTheme: null }, funding: [makeFunding({ amount: 20_000, year: 2018 })] }),
      makePartnership({ id: "3", foreignPartners: [{ name: "Thiès", country: "SN", countryName: "Sénégal" }], startYear: 2019 }),
      makePartnership({ id: "4", startYear: 2019 }),
    ],
  };
  const engine = QueryEngine.fromDataset(dataset, "captions");
  // Intl writes narrow no-break spaces in "67 %" and "60 k€": compared here as plain spaces.
  const caption = (panel: (typeof DASHBOARD_PANELS)[number], query: string) => panelData(engine, panel, state(query)).notes.caption.replace(/[\u202f\u00a0]/g, " ");

  it("says who, how much, and what leads, for each panel", () => {
    expect(caption("themes", "country=SN&yearFrom=2015")).toBe(
      "Sénégal, à partir de 2015 : 3 partenariats, 60 k€ déclarés (montants connus pour 67 % d'entre eux) ; première thématique : Environnement, Climat et Energie (67 %).",
    );
    expect(caption("years", "country=SN")).toBe(
      "Sénégal : 3 partenariats, 60 k€ déclarés (montants connus pour 67 % d'entre eux) ; année la plus financée : 2016 (30 k€).",
    );
    expect(caption("financer-categories", "")).toBe(
      "Ensemble des partenariats : 4 partenariats, 60 k€ déclarés (montants connus pour 50 % d'entre eux) ; première catégorie de financeur : MEAE (100 %).",
    );
    expect(caption("countries", "rank=amount")).toBe(
      "Ensemble des partenariats : 4 partenariats, 60 k€ déclarés (montants connus pour 50 % d'entre eux) ; premier pays : Sénégal (60 k€).",
    );
    expect(caption("map", "")).toBe(
      "Ensemble des partenariats : 4 partenariats, 60 k€ déclarés (montants connus pour 50 % d'entre eux) ; 2 pays partenaires, premier pays : Sénégal (3 partenariats).",
    );
  });

  it("says so when nothing matches, and when nothing is declared", () => {
    expect(caption("themes", "country=ML")).toBe("Mali : aucun partenariat ne correspond à ces filtres.");
    expect(caption("authorities", "country=MA")).toBe("Maroc : 1 partenariat, aucun montant déclaré ; première collectivité : Dijon (1 partenariat).");
  });
});
