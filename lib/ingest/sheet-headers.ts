import { normalizeName } from "../normalize";
import type { ColumnMap } from "./sheet-map";
import type { Sheet, SheetCell, SheetFile } from "./sheet-read";
import { SHEET_COLUMNS, SYNONYMS, type SheetColumn } from "./sheet-synonyms";
import { ImportError } from "./values";

/** Title lines above a header are a few; a header further down than this is not looked for. */
export const HEADER_SEARCH_ROWS = 50;

export interface MappedColumn {
  /** 0-based column of the cells. */
  index: number;
  header: string;
  column: SheetColumn;
  how: "map" | "synonym";
}

export interface IgnoredColumn {
  index: number;
  header: string;
  /** "ignored by the map", "not recognised", "no header", or why a recognised header is left out. */
  why: string;
}

/** Where a sheet's header is and what each of its columns is read as. */
export interface Layout {
  sheet: string;
  headerLine: number;
  headers: string[];
  columns: MappedColumn[];
  ignored: IgnoredColumn[];
  /** Problems of the header itself (two headers read as one column, no title column): the file is rejected. */
  problems: ImportError[];
}

let synonymIndex: Map<string, SheetColumn> | undefined;

/** The project column a header stands for by itself (a synonym or the column's own name), if any. */
export function synonymColumn(header: string): SheetColumn | undefined {
  if (!synonymIndex) {
    synonymIndex = new Map(SHEET_COLUMNS.map((column) => [normalizeName(column), column]));
    for (const [column, names] of Object.entries(SYNONYMS)) {
      for (const name of names) synonymIndex.set(normalizeName(name), column as SheetColumn);
    }
  }
  return synonymIndex.get(normalizeName(header));
}

/** "12/03/2021" for a date cell (exceljs gives dates at UTC midnight). */
export function frenchDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export const cellText = (cell: SheetCell): string =>
  cell === null ? "" : cell instanceof Date ? frenchDate(cell) : String(cell).trim();

/** "A", "B", …, "AA": the spreadsheet's name of a 0-based column. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const quoteList = (values: readonly string[]) => values.map((value) => `"${value}"`).join(", ");

/**
 * The sheet to read and its layout: the map's sheet, else the first sheet where a header row is
 * found. Throws ImportError naming what was looked for when there is none.
 */
export function findLayout(file: SheetFile, map: ColumnMap | null): Layout {
  if (map?.sheet !== undefined) {
    const sheet = file.sheets.find((s) => normalizeName(s.name) === normalizeName(map.sheet!));
    if (!sheet) throw new ImportError(`no sheet "${map.sheet}" (the map's sheet); the sheets are ${quoteList(file.sheets.map((s) => s.name))}`, null, "sheet");
    return sheetLayout(sheet, map);
  }
  const failures: ImportError[] = [];
  for (const sheet of file.sheets) {
    try {
      return sheetLayout(sheet, map);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length === 0) throw new ImportError("the file has no sheet", null, null);
  if (failures.length === 1) throw failures[0]!;
  throw ImportError.combine(failures.flatMap((failure, index) => failure.problems.map((p) => new ImportError(`sheet "${file.sheets[index]!.name}": ${p.reason}`, p.line, p.field))));
}

function sheetLayout(sheet: Sheet, map: ColumnMap | null): Layout {
  const candidates = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  const mapped = Object.keys(map?.columns ?? {});
  if (mapped.length > 0) {
    const wanted = mapped.map(normalizeName);
    const found = (cells: SheetCell[]) => {
      const present = new Set(cells.map((cell) => normalizeName(cellText(cell))));
      return wanted.filter((header) => present.has(header)).length;
    };
    const header = candidates.find((row) => found(row.cells) === wanted.length);
    if (header) return layoutOf(sheet, header.line, header.cells, map);
    // The row holding most of the map's headers is the header the map was meant for.
    const closest = candidates.reduce<(typeof candidates)[number] | undefined>((best, row) => (!best || found(row.cells) > found(best.cells) ? row : best), undefined);
    if (!closest) throw new ImportError(`sheet "${sheet.name}" is empty`, null, null);
    const headers = closest.cells.map(cellText).filter(Boolean);
    const present = new Set(headers.map(normalizeName));
    const missing = mapped.filter((name) => !present.has(normalizeName(name)));
    const where = found(closest.cells) > 0 ? `the row closest to the map, line ${closest.line}` : `no row of the first ${HEADER_SEARCH_ROWS} has any; line ${closest.line}`;
    throw ImportError.combine(
      missing.map((name) => new ImportError(`the map's header "${name}" is not in sheet "${sheet.name}" (${where}, has the headers ${quoteList(headers)})`, closest.line, name)),
    );
  }
  const ignored = new Set((map?.ignore ?? []).map(normalizeName));
  const header = candidates.find((row) => {
    const columns = row.cells.map(cellText).filter((text) => !ignored.has(normalizeName(text))).map(synonymColumn);
    return columns.includes("titre") && columns.filter(Boolean).length >= 2;
  });
  if (header) return layoutOf(sheet, header.line, header.cells, map);
  throw new ImportError(
    `no header row found in the first ${HEADER_SEARCH_ROWS} rows of sheet "${sheet.name}": looked for a row with a title column ` +
      `(${quoteList(SYNONYMS.titre!)}) and at least one other recognised column (such as "Pays", "Collectivité française", "Montant"); ` +
      "give the file's headers with --map MAP.json",
    null,
    null,
  );
}

function layoutOf(sheet: Sheet, headerLine: number, cells: SheetCell[], map: ColumnMap | null): Layout {
  const headers = cells.map(cellText);
  const byMap = new Map(Object.entries(map?.columns ?? {}).map(([header, column]) => [normalizeName(header), column]));
  const ignoredByMap = new Set((map?.ignore ?? []).map(normalizeName));
  const dataRows = sheet.rows.filter((row) => row.line > headerLine);
  const width = Math.max(headers.length, ...dataRows.map((row) => row.cells.length));
  const columns: MappedColumn[] = [];
  const ignored: IgnoredColumn[] = [];
  for (let index = 0; index < width; index++) {
    const header = headers[index] ?? "";
    const key = normalizeName(header);
    if (!header) {
      // An empty header over empty cells is only the sheet's width; over data, it is a column left out.
      if (dataRows.some((row) => cellText(row.cells[index] ?? null))) ignored.push({ index, header: `column ${columnLetter(index)}`, why: "no header" });
    } else if (byMap.has(key)) columns.push({ index, header, column: byMap.get(key)!, how: "map" });
    else if (ignoredByMap.has(key)) ignored.push({ index, header, why: "ignored by the map" });
    else {
      const column = synonymColumn(header);
      const mappedColumns = new Set(byMap.values());
      // The map names the column's header: a second header recognised as the same column is left out, not a conflict.
      if (column && mappedColumns.has(column)) ignored.push({ index, header, why: `recognised as ${column}, which the map reads from another header` });
      else if (column) columns.push({ index, header, column, how: "synonym" });
      else ignored.push({ index, header, why: "not recognised" });
    }
  }
  return { sheet: sheet.name, headerLine, headers, columns, ignored, problems: layoutProblems(columns, headerLine) };
}

function layoutProblems(columns: MappedColumn[], headerLine: number): ImportError[] {
  const problems: ImportError[] = [];
  const seen = new Map<SheetColumn, MappedColumn>();
  for (const mapped of columns) {
    const first = seen.get(mapped.column);
    if (first) {
      problems.push(
        new ImportError(
          `"${first.header}" (column ${columnLetter(first.index)}) and "${mapped.header}" (column ${columnLetter(mapped.index)}) are both read as ${mapped.column}: ` +
            "map one of them to another column, or list it in the map's ignore",
          headerLine,
          mapped.header,
        ),
      );
    } else seen.set(mapped.column, mapped);
  }
  if (!seen.has("titre")) problems.push(new ImportError("no column is read as titre: map the header of the partnerships' titles to titre", headerLine, null));
  return problems;
}
