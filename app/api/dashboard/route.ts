import { dashboardText } from "@/lib/api/dashboard";
import { JsonText, cachedAnswerText, handleGet } from "@/lib/api/http";
import { dashboardQueryApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/**
 * GET /api/dashboard?<filters>[&rank=amount]: everything the dashboard's panels show for these
 * filters, in one answer: `summary`, `countries`, `themes`, `financerCategories`, `financers`,
 * `years`, `activeYears`, `topCountries`, `topAuthorities`, each the body that /api/summary,
 * /api/countries or /api/aggregate gives for the same question (see lib/dashboard/queries.ts).
 */
export function GET(request: Request) {
  return handleGet(request, dashboardQueryApiSchema, (engine, query, lang) => new JsonText(dashboardText(engine, query, (key, compute) => cachedAnswerText(engine, key, compute), lang)));
}
