import { z } from "zod";
import { handleFileGet } from "@/lib/api/files";
import { errorResponse } from "@/lib/api/http";
import { dataFile } from "@/lib/downloads/files";
import { DATA_FILES, isDataFile } from "@/lib/downloads/urls";

export const dynamic = "force-dynamic";

/** The whole dataset's files take no parameter: one that is given is a mistake worth saying. */
const noParameters = z.object({}).strict();

/**
 * GET /export/donnees/<file>: the whole dataset as partnerships CSV, funding rows CSV, XLSX, JSON,
 * or its README (lib/downloads/urls.ts lists them). The tables are streamed as their rows are
 * read from the dataset file. An unknown file is a 404 in the API's error shape.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!isDataFile(file)) return errorResponse("not_found", `unknown file "${file}": one of ${DATA_FILES.join(", ")}`);
  return handleFileGet(request, noParameters, new URL(request.url).searchParams, (engine) => dataFile(engine, file));
}
