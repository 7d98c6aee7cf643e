import { z } from "zod";
import { handleGet } from "@/lib/api/http";

export const dynamic = "force-dynamic";

/** GET /api/meta: dataset provenance and counts, and the lists the filter controls need. */
export function GET(request: Request) {
  return handleGet(request, z.object({}).strict(), (engine, _query, lang) => engine.meta(lang));
}
