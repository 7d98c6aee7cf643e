import type { Lang } from "../i18n/lang";
/**
 * What every export of a view is made from, whatever its format: the notes that say what it shows
 * (title, filters in words, source, the dataset's date, licence, whether it is generated), the
 * table of its figures as raw values, and the chart as data. The CSV, XLSX and PPTX writers take
 * these and nothing else; the SVG and PNG are the panel's drawing of the same answers
 * (lib/export/svg.tsx). So every format shows the same figures.
 */

/** How a column's values read: text, a count, euros, a ratio (a comparison's B / A). */
export type ValueKind = "text" | "integer" | "euros" | "ratio";

export interface ExportColumn {
  key: string;
  /** French header, as on the page ("Montant déclaré"). */
  label: string;
  kind: ValueKind;
}

/** A cell's raw value: numbers stay numbers (formatted by each writer), null is an empty cell. */
export type ExportCell = string | number | null;

export interface ExportTable {
  columns: ExportColumn[];
  /** One row per group, in the panel's order, the "Autres (n)" row included when the panel groups. */
  rows: Record<string, ExportCell>[];
  /** The total row (first cell "Total"), when the panel's figures add up to one. */
  total?: Record<string, ExportCell>;
}

export interface ExportNotes {
  /** The panel's title ("Financements déclarés par thématique"). */
  title: string;
  /** The filters in words, one per line ("Pays : Sénégal", "Années : 2015 – 2020"); empty without filters. */
  filters: string[];
  /** The view's sentence, computed from the data (also the chart's text alternative). */
  caption: string;
  /** Caveats on reading the figures, one sentence each (e.g. that the current year is partial). */
  remarks?: string[];
  /** "Source : Atlas français de la coopération décentralisée (MEAE)…". */
  source: string;
  /** The dataset's date, ISO "2026-11-30". */
  datasetDate: string;
  licence: string;
  /** True for the generated demonstration dataset: every export says its figures are not real. */
  demo: boolean;
  /** The language of the words the writers add (dates, warnings, proofing); French when absent. */
  lang?: Lang;
}

/** The chart as data, for writers that draw it natively (PowerPoint charts). */
export type ExportChart =
  | {
      kind: "bars";
      /** Group names, in order (top to bottom). */
      categories: string[];
      /** One series: the panel's measure; `pointColors` when bars differ in colour (financer categories, the grey "Autres"). */
      series: { name: string; values: number[]; color: string; pointColors?: string[] };
      valueKind: Exclude<ValueKind, "text" | "ratio">;
    }
  | {
      kind: "stacked-columns";
      /** Years, in order. */
      categories: string[];
      /** One series per stack (financer category), bottom first. */
      series: { name: string; values: number[]; color: string }[];
      valueKind: Exclude<ValueKind, "text" | "ratio">;
    }
  | {
      kind: "clustered-bars";
      /** Group names, in order (top to bottom), shared by both series. */
      categories: string[];
      /** One series per side of a comparison (A, then B). */
      series: { name: string; values: number[]; color: string }[];
      valueKind: Exclude<ValueKind, "text" | "ratio">;
    }
  /** No native equivalent (the map): the writer places the PNG of the standalone SVG. */
  | { kind: "picture" }
  /** Headline numbers, written large (a page of the deck with no chart to draw). */
  | { kind: "figures"; items: FigureItem[] };

/** A headline figure: its value as the page prints it ("1 234", "12,4 M€") and what it counts. */
export interface FigureItem {
  value: string;
  label: string;
}

/** One view, ready to be written in any format. */
export interface ViewExport {
  notes: ExportNotes;
  table: ExportTable;
  chart: ExportChart;
}
