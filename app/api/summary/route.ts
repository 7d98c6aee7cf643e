import { handleGet } from "@/lib/api/http";
import { filtersSchema } from "@/lib/query/params";

export const dynamic = "force-dynamic";

/** GET /api/summary?<filters>: headline figures and the French labels of the active filters. */
export function GET(request: Request) {
  return handleGet(request, filtersSchema, (engine, query) => ({
    ...engine.summary(query),
    applied: engine.describe(query),
    query,
    dataset: { version: engine.version, generated: engine.dataset.meta.demo !== null },
  }));
}
