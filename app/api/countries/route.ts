import { handleGet } from "@/lib/api/http";
import { countriesBody } from "@/lib/api/responses";
import { filtersApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/** GET /api/countries?<filters>: per partner country, partnerships, amount and French authorities (what the map needs). */
export function GET(request: Request) {
  return handleGet(request, filtersApiSchema, countriesBody);
}
