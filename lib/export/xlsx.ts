import "server-only";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Font, Workbook, Worksheet } from "exceljs";
import { exportFileName } from "./file-name";
import { type NoteKind, cellOf, columnHeader, noteLines } from "./tabular";
import type { ExportCell, ExportColumn, ExportTable, ViewExport } from "./types";

/**
 * A view's table as an Excel workbook: one sheet, the notes in its first rows, an empty row, the
 * header row (frozen, with filters), the rows, the total row. Numbers are numbers with a number
 * format (thousands grouped, "€" for euros), which Excel and LibreOffice show with the reader's
 * own separators. Text is written as text cells: a group named "=…" stays text, never a formula.
 *
 * Two writers of the same sheet: `viewToXlsx` builds the file in memory, `viewToXlsxStream` writes
 * it to a stream row by row, for large tables (see STREAM_FROM_ROWS).
 */

type TableView = Pick<ViewExport, "notes" | "table">;

const CREATOR = "Atlas coopération";
/** The DSFR's error red: the demo warning must not be missed. */
const WARNING_RED = "FFCE0500";
const NOTE_GREY = "FF666666";
const HEADER_FILL = "FFEEEEEE";
const MIN_WIDTH = 8;
/** Past this, a column of long names would push the figures off the screen. */
const MAX_WIDTH = 60;

/**
 * From this many rows, routes should use `viewToXlsxStream`: the in-memory writer took 2.7 s and
 * 380 MB for 20,000 rows × 8 columns, 24 s and 1.26 GB for 127,000.
 */
export const STREAM_FROM_ROWS = 20_000;

export async function viewToXlsx(view: TableView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  setProperties(workbook, view);
  fillSheet(workbook, view);
  const data = await workbook.xlsx.writeBuffer();
  // exceljs's types call it an ArrayBuffer; under Node it is a Buffer already.
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}

/** The same workbook written to `stream` as the rows go, without holding the sheet in memory. */
export async function viewToXlsxStream(view: TableView, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  setProperties(workbook, view);
  fillSheet(workbook, view);
  await workbook.commit();
}

/** "Financements déclarés par thématique", "2026-11-30" → "financements-declares-par-thematique-2026-11-30.xlsx". */
export function xlsxFileName(title: string, date: string): string {
  return exportFileName(title, date, "xlsx");
}

/**
 * A valid sheet name from the title: Excel refuses `: \ / ? * [ ]`, a name past 31 characters, a
 * name starting or ending with an apostrophe, and "History" (reserved). Cut at a word when it can.
 */
export function sheetName(title: string): string {
  let name = title.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
  if (name.length > 31) {
    // By code points, so that a cut never splits a surrogate pair.
    let cut = "";
    for (const char of name) {
      if (cut.length + char.length > 31) break;
      cut += char;
    }
    const lastSpace = cut.lastIndexOf(" ");
    name = (lastSpace >= 16 ? cut.slice(0, lastSpace) : cut).replace(/'+$/, "").trim();
  }
  return name === "" || name.toLowerCase() === "history" ? "Données" : name;
}

function setProperties(workbook: Workbook, { notes }: TableView): void {
  const now = new Date();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = now;
  workbook.modified = now;
  workbook.title = notes.title;
  workbook.description = notes.caption;
}

const NOTE_FONTS: Record<NoteKind, Partial<Font> | null> = {
  title: { bold: true, size: 14 },
  caption: null,
  filter: null,
  source: { color: { argb: NOTE_GREY } },
  date: { color: { argb: NOTE_GREY } },
  licence: { color: { argb: NOTE_GREY } },
  demo: { bold: true, color: { argb: WARNING_RED } },
};

function fillSheet(workbook: Workbook, view: TableView): void {
  const { notes, table } = view;
  // A sheet reads from its heading: the title comes first here, then the caption.
  const lines = noteLines(notes).sort((a, b) => Number(b.kind === "title") - Number(a.kind === "title"));
  const headerRow = lines.length + 2;
  const formats = table.columns.map((column) => numberFormat(column, table));
  const sheet: Worksheet = workbook.addWorksheet(sheetName(notes.title), {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow }],
  });
  // Set before any row: the streaming writer writes the columns' widths ahead of the rows, and a
  // column's number format is copied to each cell created in it.
  sheet.columns = table.columns.map((column, index) => ({
    width: columnWidth(column, table, formats[index] ?? null),
    style: formats[index] ? { numFmt: formats[index] } : {},
  }));
  const lastDataRow = headerRow + table.rows.length;
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: lastDataRow, column: Math.max(1, table.columns.length) },
  };

  for (const line of lines) {
    const row = sheet.addRow([line.text]);
    const font = NOTE_FONTS[line.kind];
    if (font) row.getCell(1).font = font;
    row.commit();
  }
  sheet.addRow([]).commit();

  const header = sheet.addRow(table.columns.map(columnHeader));
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
    cell.alignment = { vertical: "middle", horizontal: column.kind === "text" ? "left" : "right" };
  });
  header.commit();

  for (const values of table.rows) sheet.addRow(rowValues(values, table.columns)).commit();
  if (table.total) {
    const total = sheet.addRow(rowValues(table.total, table.columns));
    table.columns.forEach((_, index) => {
      const cell = total.getCell(index + 1);
      cell.font = { bold: true };
      cell.border = { top: { style: "thin" } };
    });
    total.commit();
  }
}

function rowValues(row: Record<string, ExportCell>, columns: ExportColumn[]): (string | number | null)[] {
  return columns.map((column) => {
    const value = cellOf(row, column);
    // Euros to the cent, as the CSV writes them: a sum of the cells then matches what they show.
    return typeof value === "number" && column.kind === "euros" ? Math.round(value * 100) / 100 : value;
  });
}

const hasCents = (value: number): boolean => Math.round(value * 100) % 100 !== 0;

/** The number format of a column: counts grouped, euros with "€", with cents when any value has some. */
function numberFormat(column: ExportColumn, table: ExportTable): string | null {
  if (column.kind === "integer") return "#,##0";
  if (column.kind !== "euros") return null;
  const cents = allRows(table).some((row) => {
    const value = cellOf(row, column);
    return typeof value === "number" && hasCents(value);
  });
  return cents ? '#,##0.00 "€"' : '#,##0 "€"';
}

function allRows(table: ExportTable): Record<string, ExportCell>[] {
  return table.total ? [...table.rows, table.total] : table.rows;
}

/** Characters a value takes once formatted: digits, group separators, decimals, " €". */
function shownLength(value: ExportCell, format: string | null): number {
  if (value === null) return 0;
  if (typeof value === "string") {
    // Most cells are one line: skip the split, which costs on 100,000-row tables.
    return value.includes("\n") ? Math.max(...value.split("\n").map((line) => line.length)) : value.length;
  }
  const digits = String(Math.trunc(Math.abs(value))).length;
  const sign = value < 0 ? 1 : 0;
  const decimals = format?.includes(".00") ? 3 : 0;
  const unit = format?.includes("€") ? 2 : 0;
  return sign + digits + Math.floor((digits - 1) / 3) + decimals + unit;
}

/** Fitted to the header and the longest value, in Excel's character widths, with a margin. */
function columnWidth(column: ExportColumn, table: ExportTable, format: string | null): number {
  // The header is bold: a tenth wider.
  let longest = Math.ceil(columnHeader(column).length * 1.1);
  for (const row of allRows(table)) longest = Math.max(longest, shownLength(cellOf(row, column), format));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
