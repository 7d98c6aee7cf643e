import "server-only";
import { Writable } from "node:stream";
import { setImmediate } from "node:timers/promises";
import ExcelJS from "exceljs";
import type { Font, Workbook, Worksheet } from "exceljs";
import { exportFileName } from "./file-name";
import { type NoteKind, type NoteLine, cellOf, columnHeader, noteLines } from "./tabular";
import type { ExportCell, ExportColumn, ExportNotes, ViewExport } from "./types";
import { guardStream } from "./stream-guard";

/**
 * A view's table as an Excel workbook: one sheet, the notes in its first rows, an empty row, the
 * header row (frozen, with filters), the rows, the total row. Numbers are numbers with a number
 * format (thousands grouped, "€" for euros), which Excel and LibreOffice show with the reader's
 * own separators. Text is written as text cells: a group named "=…" stays text, never a formula.
 *
 * Both functions use exceljs's streaming writer. Its in-memory Workbook took 24 s and 1.26 GB for
 * 127,000 rows × 8 columns (2.7 s and 380 MB for 20,000); the streaming writer, 4 to 6 s and about
 * 100 MB over the table itself, and it is also the faster one on small tables.
 */

type TableView = Pick<ViewExport, "notes" | "table">;
type Row = Record<string, ExportCell>;

const CREATOR = "Atlas coopération";
/** The DSFR's error red: the demo warning must not be missed. */
const WARNING_RED = "FFCE0500";
const NOTE_GREY = "FF666666";
/** The header row's background; also the whole-data workbooks' (lib/downloads/xlsx-writer.ts). */
export const HEADER_FILL = "FFEEEEEE";
const MIN_WIDTH = 8;
/** Past this, a column of long names would push the figures off the screen. */
const MAX_WIDTH = 60;
/**
 * Rows written between two returns to the event loop: a large table takes seconds, during which the
 * server must go on answering, and the zip must drain so that the sheet's XML does not pile up.
 */
const ROWS_PER_TURN = 2_000;

/** The workbook in memory (a 127,000-row table makes a file of about 7 MB). */
export async function viewToXlsx(view: TableView): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await viewToXlsxStream(view, sink);
  return Buffer.concat(chunks);
}

/**
 * The workbook written to `stream` (a response's body) as the rows go. Rejects, rather than waiting
 * for ever, if the stream fails or is closed first (a download cancelled).
 */
export async function viewToXlsxStream(view: TableView, stream: Writable): Promise<void> {
  const { interrupted, throwIfFailed } = guardStream(stream);

  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    setProperties(workbook, view);
    await fillSheet(workbook, view, throwIfFailed);
    await workbook.commit();
  };
  const writing = write();
  // When the stream fails, the race settles first: the writing's own rejection is then expected.
  writing.catch(() => undefined);
  await Promise.race([writing, interrupted]);
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

/** Each note line's font; also the whole-data workbooks'. */
export const NOTE_FONTS: Record<NoteKind, Partial<Font> | null> = {
  title: { bold: true, size: 14 },
  caption: null,
  filter: null,
  remark: { bold: true },
  source: { color: { argb: NOTE_GREY } },
  date: { color: { argb: NOTE_GREY } },
  licence: { color: { argb: NOTE_GREY } },
  demo: { bold: true, color: { argb: WARNING_RED } },
};

/** A sheet's notes, title first: a sheet reads from its heading (then the caption). */
export function sheetNoteLines(notes: ExportNotes): NoteLine[] {
  return noteLines(notes).sort((a, b) => Number(b.kind === "title") - Number(a.kind === "title"));
}

/**
 * The head of a panel's sheet: the notes, an empty row, then the header row (bold on grey, numbers'
 * headers right-aligned). The table starts on row `lines.length + 2`. The whole-data workbooks
 * write the same head in their own writer (lib/downloads/xlsx-writer.ts), from the same fonts.
 */
export function writeSheetHead(sheet: Worksheet, lines: readonly NoteLine[], columns: readonly { label: string; kind: string }[]): void {
  for (const line of lines) {
    const row = sheet.addRow([line.text]);
    const font = NOTE_FONTS[line.kind];
    if (font) row.getCell(1).font = font;
    row.commit();
  }
  sheet.addRow([]).commit();
  const header = sheet.addRow(columns.map((column) => column.label));
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: "thin" } };
    cell.alignment = { vertical: "middle", horizontal: column.kind === "text" ? "left" : "right" };
  });
  header.commit();
}

async function fillSheet(workbook: Workbook, view: TableView, check: () => void): Promise<void> {
  const { notes, table } = view;
  const lines = sheetNoteLines(notes);
  const headerRow = lines.length + 2;
  const body = table.total ? [...table.rows, table.total] : table.rows;
  const formats = table.columns.map((column) => numberFormat(column, body));
  const sheet: Worksheet = workbook.addWorksheet(sheetName(notes.title), {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow }],
  });
  // Set before any row: the streaming writer writes the columns' widths ahead of the rows, and a
  // column's number format is copied to each cell created in it.
  sheet.columns = table.columns.map((column, index) => ({
    width: columnWidth(column, body, formats[index] ?? null),
    style: formats[index] ? { numFmt: formats[index] } : {},
  }));
  const lastDataRow = headerRow + table.rows.length;
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: lastDataRow, column: Math.max(1, table.columns.length) },
  };

  writeSheetHead(sheet, lines, table.columns.map((column) => ({ label: columnHeader(column), kind: column.kind })));

  for (const [index, values] of table.rows.entries()) {
    sheet.addRow(rowValues(values, table.columns)).commit();
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) {
      await setImmediate();
      check();
    }
  }
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

function rowValues(row: Row, columns: ExportColumn[]): (string | number | null)[] {
  return columns.map((column) => {
    const value = cellOf(row, column);
    // Euros to the cent, as the CSV writes them: a sum of the cells then matches what they show.
    return typeof value === "number" && column.kind === "euros" ? Math.round(value * 100) / 100 : value;
  });
}

const hasCents = (value: number): boolean => Math.round(value * 100) % 100 !== 0;

/** The number format of a column: counts grouped, euros with "€", with cents when any value has some. */
function numberFormat(column: ExportColumn, body: Row[]): string | null {
  if (column.kind === "integer") return "#,##0";
  if (column.kind !== "euros") return null;
  const cents = body.some((row) => {
    const value = cellOf(row, column);
    return typeof value === "number" && hasCents(value);
  });
  return cents ? '#,##0.00 "€"' : '#,##0 "€"';
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
function columnWidth(column: ExportColumn, body: Row[], format: string | null): number {
  // The header is bold: a tenth wider.
  let longest = Math.ceil(columnHeader(column).length * 1.1);
  for (const row of body) longest = Math.max(longest, shownLength(cellOf(row, column), format));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
