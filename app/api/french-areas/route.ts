import { handleGet } from "@/lib/api/http";
import { frenchAreasBody } from "@/lib/api/responses";
import { frenchAreasApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/**
 * GET /api/french-areas?level=region|departement&<filters>: per French région or département
 * (INSEE codes), partnerships, amount and French authorities (what the France map needs).
 */
export function GET(request: Request) {
  return handleGet(request, frenchAreasApiSchema, frenchAreasBody);
}
