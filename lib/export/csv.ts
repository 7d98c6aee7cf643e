import { stringify } from "csv-stringify/sync";
import type { Lang } from "../i18n/lang";
import { exportFileName } from "./file-name";
import { cellOf, columnHeader, noteLines } from "./tabular";
import type { ExportCell, ViewExport } from "./types";

/**
 * A view's table as a CSV file for the spreadsheet software of the file's language (its notes' `lang`).
 *
 * French: separator ";" and decimal comma: that is what Excel and LibreOffice in a French locale
 * read when the file is opened by a double click (with "," they put each whole line in one cell),
 * and what French public data portals such as data.gouv.fr commonly publish. English: separator
 * "," and decimal point, what they read in an English locale. Software reading the file otherwise
 * can be told both (csv-parse `delimiter: ";"`, pandas `sep=";", decimal=","`).
 *
 * UTF-8 with a byte order mark: without it, Excel reads the file in the system's legacy encoding
 * and the accents come out garbled.
 *
 * Numbers are written bare, as a spreadsheet parses them: no thousands separator and no "€" (either
 * would make the cell text), up to 2 decimals; the euro columns' headers say "(€)" instead.
 *
 * Quoting follows RFC 4180 (fields holding the separator, a double quote or a line break are quoted, quotes
 * doubled), lines end with CRLF.
 *
 * Layout: the notes first, one cell a line (caption, title, filters, source, dataset date, licence,
 * demo warning), an empty line, the header row, the rows, the total row.
 */
export function viewToCsv(view: Pick<ViewExport, "notes" | "table">): string {
  const { notes, table } = view;
  const dialect = csvDialect(notes.lang);
  const records: string[][] = noteLines(notes).map((line) => [textCell(line.text)]);
  records.push([""]);
  records.push(table.columns.map((column) => textCell(columnHeader(column))));
  const body = table.total ? [...table.rows, table.total] : table.rows;
  for (const row of body) records.push(table.columns.map((column) => csvCell(cellOf(row, column), dialect)));
  return stringify(records, { ...csvOptions(dialect), bom: true });
}

/** How a language's spreadsheet software reads a CSV opened by a double click. */
export interface CsvDialect {
  separator: ";" | ",";
  /** Numbers written bare, as that software parses them (no grouping, up to 2 decimals). */
  number: Intl.NumberFormat;
  /** What makes a field quoted: the separator, a double quote, a line break. */
  needsQuotes: RegExp;
}

const DIALECTS: Record<Lang, CsvDialect> = {
  fr: { separator: ";", number: new Intl.NumberFormat("fr-FR", { useGrouping: false, maximumFractionDigits: 2 }), needsQuotes: /[;"\r\n]/ },
  en: { separator: ",", number: new Intl.NumberFormat("en-GB", { useGrouping: false, maximumFractionDigits: 2 }), needsQuotes: /[,"\r\n]/ },
};

/** The CSV conventions of a language (French when none is given). */
export function csvDialect(lang: Lang = "fr"): CsvDialect {
  return DIALECTS[lang];
}

/** Separator, line ends and quoting of every CSV the project writes (lib/downloads writes by batches). */
export function csvOptions(dialect: CsvDialect = DIALECTS.fr) {
  return {
    delimiter: dialect.separator,
    record_delimiter: "\r\n",
    // csv-stringify quotes only fields holding the record delimiter (CRLF): a lone LF or CR would
    // otherwise end the row for Excel and LibreOffice.
    quoted_match: /[\r\n]/,
  } as const;
}

/**
 * Rows of cells already written by `csvCell` as CSV lines: what `stringify(rows, csvOptions(dialect))`
 * gives (a test holds them equal), five times faster, which a 127,000-row download needs.
 */
export function csvLines(rows: readonly (readonly string[])[], dialect: CsvDialect = DIALECTS.fr): string {
  const { separator, needsQuotes } = dialect;
  let text = "";
  for (const row of rows) {
    for (let index = 0; index < row.length; index += 1) {
      const cell = row[index]!;
      if (index > 0) text += separator;
      text += needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    }
    text += "\r\n";
  }
  return text;
}

/** "Financements déclarés par thématique", "2026-11-30" → "financements-declares-par-thematique-2026-11-30.csv". */
export function csvFileName(title: string, date: string): string {
  return exportFileName(title, date, "csv");
}

/**
 * A cell as the CSV writes it: numbers bare in the dialect's decimal sign (not lib/format's
 * formatters, whose thousands separator would turn the cell into text), text through `textCell`.
 */
export function csvCell(value: ExportCell, dialect: CsvDialect = DIALECTS.fr): string {
  if (value === null) return "";
  if (typeof value === "number") {
    // -0 and negatives rounded to zero would read "-0" (signDisplay "negative" is ES2023, past our lib).
    const text = dialect.number.format(value);
    return text === "-0" ? "0" : text;
  }
  return textCell(value);
}

/** What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection). */
const FORMULA_FIRST_CHARS = "=+-@\t\r\n";
/** Text that is only a number: a spreadsheet reads it as that number, which runs nothing. */
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Text from the imported data is data, never a formula: a cell that a spreadsheet would evaluate
 * ("=HYPERLINK(…)", "@SUM(…)", "+33…") gets a leading apostrophe, as OWASP recommends. Opening a
 * CSV, Excel and LibreOffice show that apostrophe: the price of never running the cell. Numbers
 * written as text are left as they are.
 */
export function textCell(text: string): string {
  // The first character is enough to clear most cells: cheaper than the regular expressions on large tables.
  if (text === "" || !FORMULA_FIRST_CHARS.includes(text.charAt(0))) return text;
  return NUMBER_TEXT.test(text) ? text : `'${text}`;
}
