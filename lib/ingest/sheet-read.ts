import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { ImportError } from "./values";

/**
 * A cell as the reader hands it on: text, a number (XLSX numbers stay numbers, so an amount is
 * never re-parsed from its display), a date (an XLSX date cell), or null when empty. CSV cells are
 * always text.
 */
export type SheetCell = string | number | Date | null;

/** A row that is not empty, with its row number in the spreadsheet (1-based; a CSV's line). */
export interface SheetRow {
  line: number;
  /** By column, 0-based. */
  cells: SheetCell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export interface SheetFile {
  format: "xlsx" | "csv";
  sheets: Sheet[];
  /** The CSV's separator, as detected. */
  separator?: string;
  /** What the reader decided on its own that the user should be told (a CSV decoded as Windows-1252). */
  notes: string[];
}

/** Reads an .xlsx workbook or a .csv file into rows of cells; throws ImportError when it cannot be read. */
export async function readSheetFile(file: string): Promise<SheetFile> {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".xlsx") return readXlsx(file);
  if (extension === ".csv") return readCsv(await readFile(file));
  throw new ImportError(`"${path.basename(file)}" is neither an .xlsx nor a .csv file`, null, null);
}

async function readXlsx(file: string): Promise<SheetFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new ImportError(`not a readable XLSX file: ${(error as Error).message}`, null, null);
  }
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow((row, line) => {
      // row.values is 1-based and sparse: read each cell by its column number instead.
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellOf(cell.value);
      });
      const filled = Array.from(cells, (cell) => cell ?? null);
      if (filled.some((cell) => !isEmpty(cell))) rows.push({ line, cells: filled });
    });
    return { name: worksheet.name, rows };
  });
  return { format: "xlsx", sheets, notes: [] };
}

/** exceljs's cell value flattened: rich text joined, a formula's cached result, a hyperlink's text. */
function cellOf(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "boolean") return value ? "oui" : "non";
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    // A formula never computed (the file was written by a program, not saved by a spreadsheet
    // application) has no value to import: keep the formula so that the cell is reported, not read as empty.
    if (result === undefined || result === null) return `=${(value as { formula?: string }).formula ?? "formula"}`;
    return typeof result === "object" && !(result instanceof Date) ? cellOf(result as ExcelJS.CellValue) : (result as SheetCell);
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : cellOf(value.text);
  return null;
}

export const isEmpty = (cell: SheetCell): boolean => cell === null || (typeof cell === "string" && cell.trim() === "");

const SEPARATORS = [";", ",", "\t"] as const;

/**
 * French spreadsheets export CSV with ";" (the comma is the decimal separator) and often in
 * Windows-1252: both are detected rather than asked for.
 */
export function readCsv(bytes: Uint8Array): SheetFile {
  const notes: string[] = [];
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    notes.push("not valid UTF-8: decoded as Windows-1252");
  }
  text = text.replace(/^\uFEFF/, "");
  const delimiter = detectSeparator(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw new ImportError(`not a readable CSV file: ${(error as Error).message}`, line, null);
  }
  const rows = records
    // csv-parse counts lines to a record's end: a quoted cell's line breaks are taken back to give the line it starts on.
    .map(({ record, info }) => ({
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: record.map((cell) => (cell.trim() === "" ? null : cell)),
    }))
    .filter((row) => row.cells.some((cell) => cell !== null));
  return { format: "csv", sheets: [{ name: "CSV", rows }], separator: delimiter, notes };
}

/**
 * Windows-1252's characters at 0x80–0x9F (WHATWG index), where it differs from Latin-1; the five
 * bytes it leaves undefined keep their C1 code point.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * TextDecoder("windows-1252") of Node 20.18.3 and later decodes 0x80–0x9F as Latin-1 (nodejs/node
 * issue 60888): "€", "œ" and "’", frequent in French text, would come out as control characters.
 * Mapping that range afterwards gives the same text on a Node that decodes it right.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * The separator found most often on one line (quoted text left out) among the first lines: a
 * header or data line holds one fewer than its columns, while the decimal commas of a ";" file
 * are at most a few a line.
 */
export function detectSeparator(text: string): (typeof SEPARATORS)[number] {
  const lines = text.split(/\r?\n/, 30).map((line) => line.replace(/"[^"]*"/g, ""));
  let best: (typeof SEPARATORS)[number] = ",";
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = Math.max(0, ...lines.map((line) => line.split(separator).length - 1));
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}
