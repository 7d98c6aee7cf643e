import { stringify } from "csv-stringify/sync";
import { csvCell, csvDialect, csvLines, csvOptions, textCell } from "../export/csv";
import { noteLines } from "../export/tabular";
import type { DownloadTable } from "./tables";

/**
 * A downloadable table as CSV text, chunk by chunk, one per batch of rows; the first one begins with
 * the byte order mark, the notes, an empty line and the header row. The conventions are the panel
 * CSVs' (lib/export/csv.ts): the dialect of the file's language, CRLF, RFC 4180 quoting, formula guard.
 */
export function* csvChunks(table: DownloadTable): Generator<string> {
  const dialect = csvDialect(table.notes.lang);
  const head: string[][] = noteLines(table.notes).map((line) => [textCell(line.text)]);
  head.push([""]);
  head.push(table.columns.map((column) => textCell(column.label)));
  // The head waits for the first rows: a record that cannot be read is then found before the
  // answer starts, and answered with an error rather than a file cut short.
  let text = stringify(head, { ...csvOptions(dialect), bom: true });
  for (const batch of table.batches()) {
    text += csvLines(batch.map((row) => row.map((cell) => csvCell(cell, dialect))), dialect);
    yield text;
    text = "";
  }
  if (text) yield text;
}
