import type { DashboardBody } from "../api/dashboard";
import type { AggregateBody, CountriesBody } from "../api/responses";
import { themeLevel } from "../dashboard/queries";
import type { DashboardState } from "../dashboard/state";
import { type YearColumn, yearSeries } from "../dashboard/years";
import type { ExportChart, ExportColumn, ExportTable } from "../export/types";
import { OTHERS_KEY } from "../keys";
import { type Lang, labelsOf } from "../labels";
import { sortCountries } from "../map/sortCountries";
import { firstPartialYear, partialYearNote } from "../charts/partial-year";
import { segmentKeys, type YearSegments } from "../charts/stack";
import type { FinancerCategory } from "../model";
import { FINANCER_CATEGORIES } from "../model-codes";
import { DEFAULT_BAR_COLOR, FINANCER_CATEGORY_COLORS, OTHERS_COLOR } from "../scales";
import type { DashboardPanel } from "./dashboard-panels";
import { franceFigures } from "./france-figures";

/** A panel's figures: its title, the table the page shows (and every export writes), the chart as data. */
export interface PanelFigures {
  title: string;
  table: ExportTable;
  chart: ExportChart;
  /** Caveats on reading the figures, for the files' notes (e.g. which years are partial). */
  remarks?: string[];
}

type Parts = Partial<Pick<DashboardBody, Exclude<keyof DashboardBody, "summary">>>;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A breakdown as a table: one row per group (the "Autres" row included), then the total. */
function breakdownTable(body: AggregateBody | undefined, first: string, value: ExportColumn, partnerships: string, lang: Lang): ExportTable {
  const labels = labelsOf(lang);
  // Ranked by partnerships, the value is the partnership count: one column, not the same twice.
  const countColumn: ExportColumn[] = value.label === partnerships ? [] : [{ key: "partnerships", label: partnerships, kind: "integer" }];
  const columns: ExportColumn[] = [{ key: "label", label: first, kind: "text" }, value, ...countColumn];
  if (!body) return { columns, rows: [] };
  return {
    columns,
    rows: body.rows.map((row) => ({ label: row.label, value: row.value, partnerships: row.partnerships })),
    total: { label: labels.total, value: body.total, partnerships: body.partnerships },
  };
}

function barsOf(body: AggregateBody | undefined, name: string, valueKind: "euros" | "integer", color: (key: string | number) => string): ExportChart {
  const rows = body?.rows ?? [];
  return {
    kind: "bars",
    categories: rows.map((row) => row.label),
    series: { name, values: rows.map((row) => row.value), color: color(rows[0]?.key ?? ""), pointColors: rows.map((row) => color(row.key)) },
    valueKind,
  };
}

const plainColor = (key: string | number) => (key === OTHERS_KEY ? OTHERS_COLOR : DEFAULT_BAR_COLOR);

/**
 * The figures of one dashboard panel for a state, from the parts of the dashboard's answer it reads.
 * `datasetDate` (ISO) marks the partial years of the year panel (lib/charts/partial-year.ts).
 */
export function panelFigures(panel: DashboardPanel, parts: Parts, state: DashboardState, lang: Lang = "fr", datasetDate?: string): PanelFigures {
  const labels = labelsOf(lang);
  const euros = (label = labels.measures.amount): ExportColumn => ({ key: "value", label, kind: "euros" });
  switch (panel) {
    case "themes": {
      const level = themeLevel(state);
      const title = labels.panels.themes(level);
      return {
        title,
        table: breakdownTable(parts.themes, capitalized(labels.themeLevels[level]), euros(), labels.measures.partnerships, lang),
        chart: barsOf(parts.themes, labels.measures.amount, "euros", plainColor),
      };
    }
    case "financer-categories":
    case "financers": {
      const byCategory = panel === "financer-categories";
      const body = byCategory ? parts.financerCategories : parts.financers;
      const color = (key: string | number) => (byCategory ? (FINANCER_CATEGORY_COLORS[key as FinancerCategory] ?? OTHERS_COLOR) : plainColor(key));
      return {
        title: byCategory ? labels.panels.financerCategories : labels.panels.financers,
        table: breakdownTable(body, byCategory ? labels.columns.financerCategory : labels.columns.financer, euros(), labels.columns.fundedPartnerships, lang),
        chart: barsOf(body, labels.measures.amount, "euros", color),
      };
    }
    case "countries":
    case "authorities": {
      const body = panel === "countries" ? parts.topCountries : parts.topAuthorities;
      const byAmount = state.rank === "amount";
      const title = `${panel === "countries" ? labels.panels.topCountries : labels.panels.topAuthorities} (par ${labels.rankMeasures[state.rank]})`;
      const value: ExportColumn = byAmount ? euros() : { key: "value", label: labels.measures.partnerships, kind: "integer" };
      // The rest, summed, would dwarf the top ten: the chart leaves it out, the table keeps it.
      const shown = body && { ...body, rows: body.rows.filter((row) => row.key !== OTHERS_KEY) };
      return {
        title,
        table: breakdownTable(body, panel === "countries" ? labels.columns.country : labels.columns.authority, value, labels.measures.partnerships, lang),
        chart: barsOf(shown, value.label, byAmount ? "euros" : "integer", plainColor),
      };
    }
    case "years":
      return yearFigures(parts.years, parts.activeYears, lang, datasetDate);
    case "map":
      return mapFigures(parts.countries, state, lang);
    case "france":
      return franceFigures(parts.france, state, lang);
  }
}

function yearFigures(funding: AggregateBody | undefined, active: AggregateBody | undefined, lang: Lang, datasetDate?: string): PanelFigures {
  const labels = labelsOf(lang);
  const { columns: years, line } = yearSeries(funding?.rows ?? [], active?.rows ?? [], firstPartialYear(datasetDate));
  const note = datasetDate ? partialYearNote(years, datasetDate, lang) : undefined;
  return {
    title: labels.panels.years,
    table: yearTable(years, line, lang),
    chart: yearChart(years),
    remarks: note ? [note] : [],
  };
}

/**
 * Funding by year as stacked columns, one series per financer category present in any year (in
 * the categories' fixed order), a year without one counting 0 in it: the year panel's chart, and
 * a profile's or a partnership's slide in a deck (whose years list only their own categories).
 * Its categories are the table's years as they are (the table is the chart's text, row for row):
 * a partial year is said in the slide's footer (the notes' remarks), a native chart cannot hatch it.
 */
export function yearChart(years: readonly YearSegments[]): ExportChart {
  const labels = new Map(years.flatMap((year) => year.segments.map((s) => [s.key, s.label] as const)));
  return {
    kind: "stacked-columns",
    categories: years.map((year) => String(year.year)),
    series: segmentKeys(years, FINANCER_CATEGORIES).map((key) => ({
      name: labels.get(key) ?? key,
      values: years.map((year) => year.segments.find((s) => s.key === key)?.value ?? 0),
      color: FINANCER_CATEGORY_COLORS[key as FinancerCategory] ?? OTHERS_COLOR,
    })),
    valueKind: "euros",
  };
}

/**
 * The year panel's table (dashboard and profile pages): a row per year with each financer
 * category, the year's total and the partnerships active that year; the total row sums the
 * amounts (active partnerships do not add up across years). When a year is partial, a last
 * column flags it ("oui"): the year stays a bare year for software, the flag can be filtered on.
 */
export function yearTable(years: readonly YearColumn[], line: readonly { value: number }[], lang: Lang = "fr"): ExportTable {
  const labels = labelsOf(lang);
  const categories = years[0]?.segments ?? [];
  const columns: ExportColumn[] = [
    { key: "year", label: labels.columns.year, kind: "text" },
    ...categories.map((c): ExportColumn => ({ key: c.key, label: c.label, kind: "euros" })),
    { key: "total", label: labels.total, kind: "euros" },
    { key: "active", label: labels.columns.activePartnerships, kind: "integer" },
  ];
  const flagged = years.some((year) => year.partial);
  if (flagged) columns.push({ key: "partial", label: labels.partialYear.column, kind: "text" });
  const rows = years.map((year, i) => ({
    year: String(year.year),
    ...Object.fromEntries(year.segments.map((s) => [s.key, s.value])),
    total: year.total,
    active: line[i]?.value ?? 0,
    ...(flagged ? { partial: year.partial ? labels.partialYear.yes : "" } : {}),
  }));
  if (years.length === 0) return { columns, rows };
  const sum = (value: (year: YearColumn) => number) => years.reduce((total, year) => total + value(year), 0);
  const total = {
    year: labels.total,
    ...Object.fromEntries(categories.map((c) => [c.key, sum((year) => year.segments.find((s) => s.key === c.key)?.value ?? 0)])),
    total: sum((year) => year.total),
    active: null,
    ...(flagged ? { partial: null } : {}),
  };
  return { columns, rows, total };
}

/** The map's figures: every country with data, as the country list orders them first (most partnerships first). */
function mapFigures(body: CountriesBody | undefined, state: DashboardState, lang: Lang): PanelFigures {
  const labels = labelsOf(lang);
  const countries = sortCountries(body?.countries ?? [], "partnerships", "descending");
  return {
    title: labels.panels.map(state.map),
    table: {
      columns: [
        { key: "name", label: labels.columns.country, kind: "text" },
        { key: "partnerships", label: labels.measures.partnerships, kind: "integer" },
        { key: "amount", label: labels.measures.amount, kind: "euros" },
        { key: "frenchAuthorities", label: labels.measures.frenchAuthorities, kind: "integer" },
      ],
      rows: countries.map((c) => ({ name: c.name, partnerships: c.partnerships, amount: c.amount, frenchAuthorities: c.frenchAuthorities })),
    },
    chart: { kind: "picture" },
  };
}
