import { handleFileGet } from "@/lib/api/files";
import { explainExportSchema, explainFile } from "@/lib/downloads/explain";
import { langOf } from "@/lib/i18n/lang";

export const dynamic = "force-dynamic";

/**
 * GET /export/detail.csv?<the parameters of /api/explain>: the explanation of one row as a CSV, all
 * its partnerships (`page` and `pageSize` are accepted and ignored), with the notes of the panels'
 * CSVs and a last line holding the row's value. A static segment: it takes precedence over
 * /export/[file], which serves the panels' files. Errors in the API's shape: a bad parameter is a
 * 400, a key that is no row a 404, each naming the parameter.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  return handleFileGet(request, explainExportSchema, url.searchParams, (engine, query) => explainFile(engine, query, url.origin, langOf(url.searchParams)));
}
