import { handleGet } from "@/lib/api/http";
import { explainBody } from "@/lib/api/responses";
import { explainApiSchema } from "@/lib/query/api-schemas";

export const dynamic = "force-dynamic";

/**
 * GET /api/explain?<the parameters of /api/aggregate>&key=…[&segment=…][&page=…&pageSize=…]: the
 * partnerships that make up one row of /api/aggregate's answer for the same parameters (`key` as
 * that answer gives it, "none" and "others" included; with `stack`, `segment` names a segment of
 * the row, else the whole row is explained), each with its contribution, sorted by contribution
 * then title, one page at a time. `sum`, the contributions over every page, equals `value`, the
 * row's value. A key that is no row is a 404 naming `key`; lib/query/explain.ts says how distinct
 * counts and shared amounts are attributed.
 *
 * GET /api/explain?<filters>&measure=…[&page=…&pageSize=…], without `by`: the whole selection, the
 * headline figure of /api/summary for the same filters (partnerships, amount, oudinAmount,
 * frenchAuthorities, foreignPartners), its `key` and `by` null. `key`, `stack`, `limit` and
 * `segment` name a row: without `by` each is a 400 naming it.
 */
export function GET(request: Request) {
  return handleGet(request, explainApiSchema, explainBody);
}
