import "server-only";
import type { Writable } from "node:stream";
import { setImmediate } from "node:timers/promises";
import ExcelJS from "exceljs";
import type { Workbook } from "exceljs";
import { sheetNoteLines, writeSheetHead } from "../export/xlsx";
import type { QueryIndex } from "../query/build-index";
import type { CellKind } from "./columns";
import type { DownloadTable } from "./tables";
import { guardStream } from "../export/stream-guard";

/**
 * Downloadable tables as one Excel workbook, a sheet each, written to `stream` as the rows are
 * read: exceljs's streaming writer, which sends each committed row on to the zip and forgets it
 * (its in-memory Workbook would hold every cell: over a gigabyte at 127,000 partnerships). Each
 * sheet: the notes, an empty row, the header row (frozen, with filters), the rows. Numbers are
 * numbers (euros with a "€" format), text is text: a title "=…" is never a formula.
 *
 * Rejects if the stream fails or closes first (a download cancelled); the caller logs it.
 */
export async function tablesToXlsxStream(tables: readonly DownloadTable[], stream: Writable, euros: string): Promise<void> {
  const { interrupted, failure, throwIfFailed } = guardStream(stream);
  // Between two batches: let the server answer others, and wait while the reader is behind, so that
  // a slow download does not pile the workbook up in memory.
  const pause = async () => {
    await setImmediate();
    if (stream.writableNeedDrain && !failure()) {
      await new Promise((resolve) => {
        stream.once("drain", resolve);
        stream.once("close", resolve);
      });
    }
    throwIfFailed();
  };
  const write = async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    setProperties(workbook, tables[0]?.notes.title ?? "");
    for (const table of tables) await writeSheet(workbook, table, euros, pause);
    await workbook.commit();
  };
  const writing = write();
  // When the stream fails, the race settles first: the writing's own rejection is then expected.
  writing.catch(() => undefined);
  await Promise.race([writing, interrupted]);
}

const CREATOR = "Atlas coopération";

function setProperties(workbook: Workbook, title: string): void {
  const now = new Date();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = now;
  workbook.modified = now;
  workbook.title = title;
}

/** Euros with cents only when some amount of the dataset has cents: whole euros read better. */
export function eurosFormat(index: QueryIndex): string {
  const hasCents = (values: Float64Array) => values.some((value) => Math.round(value * 100) % 100 !== 0);
  return hasCents(index.rowAmount) || hasCents(index.rowOudin) ? '#,##0.00 "€"' : '#,##0 "€"';
}

function numberFormat(kind: CellKind, euros: string): string | null {
  if (kind === "euros") return euros;
  // Ids and years stay bare: grouped, 2015 would read "2 015".
  return kind === "integer" ? "#,##0" : null;
}

type WorkbookWriter = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

async function writeSheet(workbook: WorkbookWriter, table: DownloadTable, euros: string, pause: () => Promise<void>): Promise<void> {
  const lines = sheetNoteLines(table.notes);
  const headerRow = lines.length + 2;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", xSplit: 0, ySplit: headerRow }] });
  // Set before any row: the streaming writer writes the columns ahead of the rows, and a column's
  // number format is copied to each cell created in it.
  sheet.columns = table.columns.map((column) => {
    const numFmt = numberFormat(column.kind, euros);
    return { width: column.width, style: numFmt ? { numFmt } : {} };
  });
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + table.rowCount, column: table.columns.length },
  };
  writeSheetHead(sheet, lines, table.columns);
  // exceljs gives each new cell a copy of its column's style, which it then renders to XML to find
  // the style's id: a third of the time spent on a large sheet. The same object for a whole column
  // is found in its cache instead.
  const styles = table.columns.map((column) => {
    const numFmt = numberFormat(column.kind, euros);
    return numFmt ? { numFmt } : {};
  });
  for (const batch of table.batches()) {
    for (const values of batch) {
      const row = sheet.addRow(values);
      for (let index = 0; index < styles.length; index += 1) row.getCell(index + 1).style = styles[index]!;
      row.commit();
    }
    await pause();
  }
  sheet.commit();
}
