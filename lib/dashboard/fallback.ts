import "server-only";
import { aggregateBody, countriesBody, summaryBody } from "../api/responses";
import type { QueryEngine } from "../query/engine";
import { aggregateQuerySchema, filtersSchema, type ParamIssue, parseParams } from "../query/params";
import { isQueryError } from "../query/select";

/**
 * The answers of the dashboard's requests, computed on the server for its first paint and keyed
 * exactly as the browser's SWR hooks key them (so that they are used instead of fetched).
 */
export function buildFallback(engine: QueryEngine, keys: Record<string, string>): { fallback: Record<string, unknown>; issues: ParamIssue[] } {
  const fallback: Record<string, unknown> = {};
  const issues: ParamIssue[] = [];
  for (const key of Object.values(keys)) {
    const url = new URL(key, "http://localhost");
    try {
      if (url.pathname === "/api/aggregate") {
        const parsed = parseParams(aggregateQuerySchema, url.searchParams);
        if (parsed.ok) fallback[key] = aggregateBody(engine, parsed.value);
      } else {
        const parsed = parseParams(filtersSchema, url.searchParams);
        if (!parsed.ok) continue;
        fallback[key] = url.pathname === "/api/summary" ? summaryBody(engine, parsed.value) : countriesBody(engine, parsed.value);
      }
    } catch (error) {
      if (!isQueryError(error)) throw error;
      if (!issues.some((issue) => issue.param === error.param)) issues.push({ param: error.param, message: error.message });
    }
  }
  return { fallback, issues };
}
