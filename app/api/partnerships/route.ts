import { handleGet } from "@/lib/api/http";
import { listQuerySchema } from "@/lib/query/params";

export const dynamic = "force-dynamic";

/** GET /api/partnerships?<filters>&sort=…&page=…&pageSize=…: one page of summaries and the total count. */
export function GET(request: Request) {
  return handleGet(request, listQuerySchema, (engine, query) => ({
    ...engine.list(query),
    query,
    dataset: { version: engine.version, generated: engine.dataset.meta.demo !== null },
  }));
}
