import { z } from "zod";
import { handleGet } from "@/lib/api/http";
import { SUGGEST_FIELDS } from "@/lib/query/suggest";

export const dynamic = "force-dynamic";

const suggestSchema = z
  .object({
    field: z.enum(SUGGEST_FIELDS),
    q: z.string().trim().min(1).max(100),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

/** GET /api/suggest?field=authority|financer&q=…: type-ahead over thousands of names. */
export function GET(request: Request) {
  return handleGet(request, suggestSchema, (engine, query) => ({ suggestions: engine.suggest(query.field, query.q, query.limit) }));
}
