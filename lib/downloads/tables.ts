import { atlasSource } from "../charts/standalone-style";
import type { ExportNotes } from "../export/types";
import { formatsOf } from "../format";
import { type Lang, labelsOf } from "../labels";
import { describeSort } from "../list/sort";
import { filtersInWords } from "../panels/filters-in-words";
import type { QueryEngine } from "../query/engine";
import type { Partnership } from "../model";
import type { Filters, Sort } from "../query/params";
import { type CellRow, type DownloadColumnSpec, fundingCells, fundingColumns, listCells, listColumns, partnershipCells, partnershipColumns } from "./columns";

/**
 * The downloadable tables: their notes, columns and rows. Rows are produced batch by batch as the
 * writers ask for them, each record read from the engine's record source (the dataset file) when
 * its batch is built and dropped after it: a download never holds the dataset in memory.
 */
export interface DownloadTable {
  notes: ExportNotes;
  sheetName: string;
  columns: readonly DownloadColumnSpec[];
  /** How many rows `batches` yields in all (a sheet's filter range is written before its rows). */
  rowCount: number;
  /** The rows, by batches of about BATCH_SIZE. A new pass over the records at each call. */
  batches: () => Generator<CellRow[]>;
  /**
   * For a table of every record in the dataset file's order: how a record becomes rows, so that
   * tables over the same records can be written in one pass (`batchesTogether`).
   */
  recordRows?: RecordRows;
}

export interface RecordRows {
  engine: QueryEngine;
  /** Appends the rows of one record to `batch`. */
  addRows: (record: Partnership, batch: CellRow[]) => void;
}

/**
 * Records per batch: one chunk of a CSV answer (about 0.5 MB of partnerships), and the work done
 * between two returns to the event loop, short enough (tens of milliseconds) for the server to go
 * on answering other requests during a long download.
 */
export const BATCH_SIZE = 1_000;

/** The notes every download of the dataset carries: source, date, licence, and the demo warning. */
function notesOf(engine: QueryEngine, title: string, caption: string, lang: Lang, filters: string[] = []): ExportNotes {
  return {
    title,
    filters,
    caption,
    source: atlasSource({ demo: engine.generated, lang }),
    datasetDate: engine.datasetMeta.updatedAt,
    licence: labelsOf(lang).licence,
    demo: engine.generated,
    lang,
  };
}

/** The rows `addRows` makes of every record, read in order, by batches of BATCH_SIZE records. */
function* byBatch({ engine, addRows }: RecordRows): Generator<CellRow[]> {
  for (const [batch] of recordBatches(engine, [addRows])) yield batch!;
}

function* recordBatches(engine: QueryEngine, adders: readonly RecordRows["addRows"][]): Generator<CellRow[][]> {
  const count = engine.index.count;
  for (let from = 0; from < count; from += BATCH_SIZE) {
    const batches = adders.map((): CellRow[] => []);
    for (const record of engine.recordsAt(from, Math.min(count, from + BATCH_SIZE))) {
      for (let table = 0; table < adders.length; table += 1) adders[table]!(record, batches[table]!);
    }
    yield batches;
  }
}

/**
 * The batches of tables over every record of one engine, in a single pass over the records: at each
 * step, a batch for each table, made of the same records. Reading a record (parsing its JSON) costs
 * more than writing its rows: the whole-data workbook reads the dataset once, not once a sheet.
 * Null when the tables are not all over every record of the same engine.
 */
export function batchesTogether(tables: readonly DownloadTable[]): Generator<CellRow[][]> | null {
  const engine = tables[0]?.recordRows?.engine;
  if (!engine || tables.some((table) => table.recordRows?.engine !== engine)) return null;
  return recordBatches(engine, tables.map((table) => table.recordRows!.addRows));
}

/** Every partnership of the dataset, one a row, in the dataset file's order. */
export function partnershipsTable(engine: QueryEngine, lang: Lang = "fr"): DownloadTable {
  const labels = labelsOf(lang).downloads;
  const count = engine.index.count;
  const recordRows: RecordRows = { engine, addRows: (record, batch) => batch.push(partnershipCells(record, lang)) };
  return {
    notes: notesOf(engine, labels.partnershipsTitle, labels.partnershipsCaption(formatsOf(lang).integer(count)), lang),
    sheetName: labels.partnershipsSheet,
    columns: partnershipColumns(lang),
    rowCount: count,
    batches: () => byBatch(recordRows),
    recordRows,
  };
}

/** Every funding row of the dataset, in the order of its partnerships and of each one's rows. */
export function fundingTable(engine: QueryEngine, lang: Lang = "fr"): DownloadTable {
  const labels = labelsOf(lang).downloads;
  const formatInteger = formatsOf(lang).integer;
  const { count, rowStart } = engine.index;
  // The index counts the rows: no record is read before the first batch.
  const rows = rowStart[count] ?? 0;
  const recordRows: RecordRows = { engine, addRows: (record, batch) => batch.push(...fundingCells(record, lang)) };
  return {
    notes: notesOf(engine, labels.fundingTitle, labels.fundingCaption(formatInteger(rows), formatInteger(count)), lang),
    sheetName: labels.fundingSheet,
    columns: fundingColumns(lang),
    rowCount: rows,
    batches: () => byBatch(recordRows),
    recordRows,
  };
}

/**
 * The partnerships a list keeps under `filters`, all of them (not one page), in the list's order,
 * with the amount it shows for each. Throws QueryError for a value the dataset does not know.
 */
export function listTable(engine: QueryEngine, filters: Filters, sort: Sort, lang: Lang = "fr"): DownloadTable {
  const labels = labelsOf(lang);
  const { positions, amounts } = engine.listOrder({ ...filters, sort });
  const inWords = filtersInWords(engine.describe(filters, lang), filters, lang);
  return {
    notes: notesOf(
      engine,
      labels.downloads.listTitle,
      labels.downloads.listCaption(formatsOf(lang).integer(positions.length), describeSort(sort, lang)),
      lang,
      inWords.length > 0 ? inWords : [labels.noFilter],
    ),
    sheetName: labels.downloads.partnershipsSheet,
    columns: listColumns(lang),
    rowCount: positions.length,
    batches: function* () {
      // In the list's order, records lie anywhere in the file: read one by one.
      for (let from = 0; from < positions.length; from += BATCH_SIZE) {
        const batch: CellRow[] = [];
        for (let index = from; index < Math.min(positions.length, from + BATCH_SIZE); index += 1) {
          batch.push(listCells(engine.recordAt(positions[index]!), amounts[index]!, lang));
        }
        yield batch;
      }
    },
  };
}
