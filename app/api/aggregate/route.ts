import { handleGet } from "@/lib/api/http";
import { aggregateBody } from "@/lib/api/responses";
import { aggregateApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/**
 * GET /api/aggregate?by=…&measure=…&<filters>[&stack=…][&limit=N]: one breakdown of one measure.
 * Funding rows are filtered by their own year; partnerships by being active in the year range
 * (or having started in it with yearMode=started).
 */
export function GET(request: Request) {
  return handleGet(request, aggregateApiSchema, aggregateBody);
}
