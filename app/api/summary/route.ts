import { handleGet } from "@/lib/api/http";
import { summaryBody } from "@/lib/api/responses";
import { filtersApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/** GET /api/summary?<filters>: headline figures and the French labels of the active filters. */
export function GET(request: Request) {
  return handleGet(request, filtersApiSchema, summaryBody);
}
