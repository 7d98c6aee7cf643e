import { handleGet } from "@/lib/api/http";
import { summaryBody } from "@/lib/api/responses";
import { filtersApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/** GET /api/summary?<filters>: headline figures and the labels of the active filters (in the language of `lang`). */
export function GET(request: Request) {
  return handleGet(request, filtersApiSchema, summaryBody);
}
