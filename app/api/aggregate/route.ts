import { handleGet } from "@/lib/api/http";
import { aggregateQuerySchema } from "@/lib/query/params";

export const dynamic = "force-dynamic";

/**
 * GET /api/aggregate?by=…&measure=…&<filters>[&limit=N]: one breakdown of one measure.
 * Funding rows are filtered by their own year; partnerships by being active in the year range
 * (or having started in it with yearMode=started).
 */
export function GET(request: Request) {
  return handleGet(request, aggregateQuerySchema, (engine, query) => {
    const result = engine.aggregate(query);
    return {
      ...result,
      by: query.by,
      measure: query.measure,
      note: result.groupsOverlap
        ? "Un partenariat peut compter dans plusieurs groupes : la somme des lignes dépasse le total."
        : null,
      query,
      dataset: { version: engine.version, generated: engine.dataset.meta.demo !== null },
    };
  });
}
