import { z } from "zod";
import { handleFileGet } from "@/lib/api/files";
import { errorResponse } from "@/lib/api/http";
import { dataFile } from "@/lib/downloads/files";
import { DATA_FILES, isDataFile } from "@/lib/downloads/urls";
import { langOf } from "@/lib/i18n/lang";

export const dynamic = "force-dynamic";

/** The whole dataset's files take no parameter but the language (parseParams accepts it): another one is a mistake worth saying. */
const noParameters = z.object({}).strict();

/**
 * GET /export/donnees/<file>: the whole dataset as partnerships CSV, funding rows CSV, XLSX, JSON,
 * or its README (lib/downloads/urls.ts lists them). The tables are streamed as their rows are
 * read from the dataset file. An unknown file is a 404 in the API's error shape.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!isDataFile(file)) return errorResponse("not_found", `unknown file "${file}": one of ${DATA_FILES.join(", ")}`);
  const search = new URL(request.url).searchParams;
  return handleFileGet(request, noParameters, search, (engine) => dataFile(engine, file, langOf(search)));
}
