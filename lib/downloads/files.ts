import "server-only";
import { PassThrough } from "node:stream";
import { z } from "zod";
import type { FileAnswer } from "../api/files";
import { filtersOf } from "../dashboard/state";
import { dashboardSchema } from "../dashboard/state-parse";
import { datasetJsonChunks } from "../data/dataset-json";
import { exportFileName } from "../export/file-name";
import type { Lang } from "../i18n/lang";
import { DATASET_FORMAT, type Dataset } from "../model";
import type { QueryEngine } from "../query/engine";
import { SORTS, checkYears } from "../query/params";
import { csvChunks } from "./csv";
import { readme } from "./readme";
import { type DownloadTable, fundingTable, listTable, partnershipsTable } from "./tables";
import type { DataFile, ListFormat } from "./urls";
import { eurosFormat, tablesToXlsxStream } from "./xlsx";

const CSV_TYPE = "text/csv; charset=utf-8";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file of the whole dataset (/export/donnees/<file>), streamed as it is produced. */
/** `lang` heads the tables and writes their notes and the README; file names and the JSON stay as they are. */
export function dataFile(engine: QueryEngine, file: DataFile, lang: Lang = "fr"): FileAnswer {
  const date = engine.datasetMeta.updatedAt;
  switch (file) {
    case "partenariats.csv":
      return { body: csvChunks(partnershipsTable(engine, lang)), contentType: CSV_TYPE, fileName: exportFileName("partenariats", date, "csv") };
    case "financements.csv":
      return { body: csvChunks(fundingTable(engine, lang)), contentType: CSV_TYPE, fileName: exportFileName("financements", date, "csv") };
    case "atlas.xlsx":
      return {
        body: xlsxChunks([partnershipsTable(engine, lang), fundingTable(engine, lang)], eurosFormat(engine.index)),
        contentType: XLSX_TYPE,
        fileName: exportFileName("atlas", date, "xlsx"),
      };
    case "atlas.json": {
      const head: Pick<Dataset, "format" | "meta"> = { format: DATASET_FORMAT, meta: engine.datasetMeta };
      const chunks = datasetJsonChunks(head, engine.index.count, (from, to) => engine.recordsJsonAt(from, to));
      return { body: chunks, contentType: "application/json; charset=utf-8", fileName: exportFileName("atlas", date, "json") };
    }
    case "LISEZMOI.md":
      return { body: readme(engine, lang), contentType: "text/markdown; charset=utf-8", fileName: exportFileName("lisezmoi", date, "md") };
  }
}

/**
 * The parameters of a list's export: the list page's own (lib/list/params.ts), so that its URL
 * takes the page's query as it is. `page` and `pageSize` are accepted and ignored: an export holds
 * every row. Unlike the page, which drops a bad parameter and says so, a file cannot show a
 * warning: a bad parameter is a 400 naming it, as in the API.
 */
export const listExportSchema = z
  .object({
    ...dashboardSchema.shape,
    sort: z.enum(SORTS).default("-startYear"),
    page: z.coerce.number().int().min(1).optional(),
    pageSize: z.coerce.number().int().min(1).optional(),
  })
  .strict()
  .superRefine(checkYears);
export type ListExportQuery = z.infer<typeof listExportSchema>;

/** A list's export (/export/liste/partenariats.<format>): every partnership it keeps, in its order. */
export function listFile(engine: QueryEngine, format: ListFormat, query: ListExportQuery, lang: Lang = "fr"): FileAnswer {
  const { sort, page: _page, pageSize: _pageSize, ...state } = query;
  // Ordered now, before any byte is sent: an unknown theme or financer is a 400, not a broken file.
  const table = listTable(engine, filtersOf(state), sort, lang);
  const fileName = exportFileName(table.notes.title, engine.datasetMeta.updatedAt, format);
  if (format === "csv") return { body: csvChunks(table), contentType: CSV_TYPE, fileName };
  return { body: xlsxChunks([table], eurosFormat(engine.index)), contentType: XLSX_TYPE, fileName };
}

/**
 * The workbook's bytes as the zip writer sends them (./xlsx.ts). Ending the iteration early (the
 * client went away) destroys the pipe, which stops the writer at its next batch.
 */
async function* xlsxChunks(tables: DownloadTable[], euros: string): AsyncGenerator<Uint8Array, void> {
  const pipe = new PassThrough();
  const writing = tablesToXlsxStream(tables, pipe, euros).then(
    () => null,
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      pipe.destroy(failure);
      return failure;
    },
  );
  try {
    for await (const chunk of pipe) yield chunk as Buffer;
  } finally {
    pipe.destroy();
    await writing;
  }
}
