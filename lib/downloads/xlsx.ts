import "server-only";
import { PassThrough, type Writable } from "node:stream";
import { setImmediate } from "node:timers/promises";
import { ZipFile } from "yazl";
import { HEADER_FILL, NOTE_FONTS, sheetNoteLines } from "../export/xlsx";
import { guardStream } from "../export/stream-guard";
import type { QueryIndex } from "../query/build-index";
import { installNativeCrc32 } from "./crc32";
import { Spool } from "./spool";
import type { CellRow } from "./columns";
import { type DownloadTable, batchesTogether } from "./tables";
import { SheetXml, type SheetSpec, sheetPath, workbookParts, workbookStyles } from "./xlsx-writer";

/**
 * Downloadable tables as one Excel workbook, a sheet each, written to `stream` as the rows are
 * read: each batch of rows becomes SpreadsheetML (./xlsx-writer.ts) handed to a streaming zip
 * (yazl), then forgotten. Each sheet: the notes, an empty row, the header row (frozen, with
 * filters), the rows. Numbers are numbers (euros with a "€" format), text is text: a title "=…" is
 * never a formula.
 *
 * Not exceljs's streaming writer, which this replaced: its work per cell (a Cell object, a style
 * copied and looked up, the XML built through its own stream) took 10 s for the whole dataset at
 * ten times the Atlas's scale, over the 5 s budget even without compression.
 *
 * Tables over every record of the dataset (the partnerships and their funding rows) are made in one
 * pass over the records, which reading costs most: the first sheet goes to the zip as it is made,
 * the others wait in temporary files (./spool.ts) for their turn.
 *
 * Rejects if the stream fails or closes first (a download cancelled); the caller logs it.
 */
export async function tablesToXlsxStream(tables: readonly DownloadTable[], stream: Writable, euros: string): Promise<void> {
  installNativeCrc32();
  const { interrupted, failure, throwIfFailed } = guardStream(stream);
  const finished = new Promise<void>((resolve) => stream.once("finish", resolve));
  const sheets: SheetSpec[] = tables.map((table) => ({
    name: table.sheetName,
    lines: sheetNoteLines(table.notes),
    columns: table.columns,
    rowCount: table.rowCount,
  }));
  const styles = workbookStyles({ euros, noteFonts: NOTE_FONTS, headerFill: HEADER_FILL });
  const writers = sheets.map((sheet) => new SheetXml(sheet, styles));

  const zip = new ZipFile();
  // yazl reports a broken entry on the ZipFile: through the guard, as the stream's own failure.
  zip.on("error", (error: Error) => stream.destroy(error));
  zip.outputStream.pipe(stream);
  const options = { mtime: new Date(), compressionLevel: COMPRESSION_LEVEL };
  for (const [path, xml] of workbookParts(sheets, tables[0]?.notes.title ?? "", CREATOR, styles, options.mtime)) {
    zip.addBuffer(Buffer.from(xml), path, options);
  }
  const entry = (index: number): PassThrough => {
    const data = new PassThrough({ highWaterMark: ENTRY_BUFFER });
    zip.addReadStream(data, sheetPath(index), options);
    return data;
  };
  const spools: Spool[] = [];
  const closeSpools = () => {
    for (const spool of spools) spool.close();
  };
  // A cancelled download leaves no temporary file open.
  interrupted.catch(closeSpools);

  // Between two batches: let the server answer others, and wait while the zip (so the reader) is
  // behind, so that a slow download does not pile the workbook up in memory.
  const pause = async (data: PassThrough) => {
    await setImmediate();
    if (data.writableNeedDrain && !failure()) await Promise.race([new Promise((resolve) => data.once("drain", resolve)), interrupted]);
    throwIfFailed();
  };

  /** Every table in one pass: the first sheet to the zip, the others to spools, added after it. */
  const writeTogether = async (together: Generator<CellRow[][]>) => {
    const first = entry(0);
    const sinks = [(data: Buffer | string) => first.write(data), ...spools.map((spool) => (data: Buffer | string) => spool.write(data))];
    for (const [index, writer] of writers.entries()) sinks[index]!(writer.head());
    for (const batches of together) {
      for (const [index, batch] of batches.entries()) {
        for (const chunk of writers[index]!.rows(batch)) sinks[index]!(chunk);
      }
      await pause(first);
    }
    for (const [index, spool] of spools.entries()) {
      spool.write(writers[index + 1]!.tail());
      const data = spool.read();
      // yazl listens to no error of an entry's stream: an unreadable file fails the download.
      data.on("error", (error) => stream.destroy(error));
      zip.addReadStream(data, sheetPath(index + 1), options);
    }
    first.end(writers[0]!.tail());
  };

  /** A table after the other, each read in its own pass: yazl reads its entries in turn. */
  const writeInTurn = async () => {
    for (const [index, table] of tables.entries()) {
      const data = entry(index);
      const writer = writers[index]!;
      data.write(writer.head());
      for (const batch of table.batches()) {
        for (const chunk of writer.rows(batch)) data.write(chunk);
        await pause(data);
      }
      data.end(writer.tail());
    }
  };

  const write = async () => {
    try {
      const together = tables.length > 1 ? await spooled(tables, spools) : null;
      throwIfFailed();
      await (together ? writeTogether(together) : writeInTurn());
      zip.end();
      await Promise.race([finished, interrupted]);
    } catch (error) {
      closeSpools();
      throw error;
    }
  };
  const writing = write();
  // When the stream fails, the race settles first: the writing's own rejection is then expected.
  writing.catch(() => undefined);
  await Promise.race([writing, interrupted]);
}

/**
 * The tables' batches in one pass, with a spool open for each table after the first; null when
 * they cannot be made in one pass, or no temporary file can be written (a read-only system): each
 * table is then read in turn, slower but as right.
 */
async function spooled(tables: readonly DownloadTable[], spools: Spool[]): Promise<Generator<CellRow[][]> | null> {
  const together = batchesTogether(tables);
  if (!together) return null;
  try {
    for (let index = 1; index < tables.length; index += 1) spools.push(await Spool.open());
  } catch (error) {
    for (const spool of spools.splice(0)) spool.close();
    console.warn(`atlas: no temporary file for the workbook, its sheets read in turn (${(error as Error).message})`);
    return null;
  }
  return together;
}

const CREATOR = "Atlas coopération";

/**
 * Deflate's level, measured on the whole-data workbook at ten times the Atlas's scale (204 MB of
 * XML; 2 busy cores, load about 4): level 1 compresses it to 29.8 MiB in 0.7 s of CPU, level 3 to
 * 27.7 MiB in 1.1 s, level 6 (zlib's default) to 23.4 MiB in 2.3 s. Writing the workbook in the
 * process (no network, each sheet read in turn) took 6.1–7.3 s at level 1, 8.3–10.5 s at level 6,
 * where exceljs took 12.7–15.1 s: the time matters more than a fifth of the size (exceljs's file
 * was 29.3 MiB).
 */
const COMPRESSION_LEVEL = 1;

/**
 * What a sheet's entry holds before the writer waits: a batch or two (a batch of partnerships is
 * about 0.7 MB of XML), so that the next batch is made while the zip compresses the last one.
 */
const ENTRY_BUFFER = 1 << 20;

/** Euros with cents only when some amount of the dataset has cents: whole euros read better. */
export function eurosFormat(index: QueryIndex): string {
  const hasCents = (values: Float64Array) => values.some((value) => Math.round(value * 100) % 100 !== 0);
  return hasCents(index.rowAmount) || hasCents(index.rowOudin) ? '#,##0.00 "€"' : '#,##0 "€"';
}
