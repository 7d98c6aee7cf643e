import { formatsOf } from "../format";
import { type Lang, labelsOf } from "../labels";
import type { ExportCell, ExportColumn, ExportNotes } from "./types";

/**
 * What the two table writers (CSV, XLSX) share, so that both files say the same thing in the same
 * words: the notes as lines, the columns' headers, a cell's value.
 */

/** Said by every export of the generated data set, so that no figure of it is taken for real. */
export const DEMO_WARNING = labelsOf().demoWarning;

/**
 * The dataset's date as a French reader writes it (dd/mm/yyyy, as the pages show it): the line is
 * a sentence for people, not a value for software, and an ISO date reads as foreign in it.
 */
export const datasetDateLine = (iso: string, lang: Lang = "fr"): string => labelsOf(lang).datasetDate(formatsOf(lang).isoDate(iso));

export type NoteKind = "caption" | "title" | "filter" | "remark" | "source" | "date" | "licence" | "demo";

export interface NoteLine {
  kind: NoteKind;
  text: string;
}

/**
 * The notes as lines, caption first (the CSV's first line, what a file preview shows). Empty notes
 * are left out rather than written as blank lines, which would read as the end of the notes.
 */
export function noteLines(notes: ExportNotes): NoteLine[] {
  const lang = notes.lang ?? "fr";
  const lines: NoteLine[] = [
    { kind: "caption", text: notes.caption },
    { kind: "title", text: notes.title },
    ...notes.filters.map((text): NoteLine => ({ kind: "filter", text })),
    // A caveat (a partial year) right under what the view shows, before where it comes from.
    ...(notes.remarks ?? []).map((text): NoteLine => ({ kind: "remark", text })),
    { kind: "source", text: notes.source },
    { kind: "date", text: notes.datasetDate ? datasetDateLine(notes.datasetDate, lang) : "" },
    { kind: "licence", text: notes.licence },
  ];
  if (notes.demo) lines.push({ kind: "demo", text: labelsOf(lang).demoWarning });
  return lines.filter((line) => line.text.trim() !== "");
}

/**
 * The column's header in a table file. Euro columns say "(€)" when their label does not: the CSV's
 * cells are bare numbers (a "€" would make them text), and an XLSX's unit lives in a number format
 * that copying values elsewhere drops. Both files carry the same header for the same column.
 */
export function columnHeader(column: ExportColumn): string {
  if (column.kind !== "euros" || /€|\beuros?\b/i.test(column.label)) return column.label;
  return `${column.label} (€)`;
}

/** The cell of `row` in `column`: a missing key or a number that is no figure (NaN, ±∞) is empty. */
export function cellOf(row: Record<string, ExportCell>, column: ExportColumn): ExportCell {
  const value = row[column.key];
  if (value === undefined) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}
