import { handleGet } from "@/lib/api/http";
import { listBody } from "@/lib/api/responses";
import { listApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/** GET /api/partnerships?<filters>&sort=…&page=…&pageSize=…: one page of summaries and the total count. */
export function GET(request: Request) {
  return handleGet(request, listApiSchema, listBody);
}
