import { type DashboardState, dashboardQuery, filtersOf } from "../dashboard/state";
import { parseDashboardState } from "../dashboard/state-parse";
import type { Filters, ParamIssue } from "../query/params";

/** Next.js's searchParams prop, awaited. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export function toUrlParams(raw: RawSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, item);
  }
  return params;
}

/** What a page takes from its URL: the dashboard state it came from, as filters and as a query to carry along. */
export interface PageContext {
  state: DashboardState;
  filters: Filters;
  /** The canonical dashboard query, to append to every link (see lib/pages/links.ts). */
  query: string;
  issues: ParamIssue[];
}

export function pageContext(raw: RawSearchParams): PageContext {
  const { state, issues } = parseDashboardState(toUrlParams(raw));
  return { state, filters: filtersOf(state), query: dashboardQuery(state), issues };
}
