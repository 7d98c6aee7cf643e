import { handleFileGet } from "@/lib/api/files";
import { errorResponse } from "@/lib/api/http";
import { listExportSchema, listFile } from "@/lib/downloads/files";
import { LIST_FILE, LIST_FORMATS, isListFormat } from "@/lib/downloads/urls";
import { langOf } from "@/lib/i18n/lang";

export const dynamic = "force-dynamic";

/**
 * GET /export/liste/partenariats.<csv|xlsx>?<the list page's parameters>: every partnership the
 * list keeps with these filters, in its sort order (not only one page). A bad parameter is a 400
 * naming it, an unknown file or format a 404, in the API's error shape.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const [name, format = ""] = file.split(".", 2);
  if (name !== LIST_FILE || !isListFormat(format)) {
    return errorResponse("not_found", `unknown file "${file}": one of ${LIST_FORMATS.map((f) => `${LIST_FILE}.${f}`).join(", ")}`);
  }
  const search = new URL(request.url).searchParams;
  return handleFileGet(request, listExportSchema, search, (engine, query) => listFile(engine, format, query, langOf(search)));
}
