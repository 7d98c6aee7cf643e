import { type DashboardState, dashboardQuery, filtersOf } from "../dashboard/state";
import { pageContext } from "../pages/context";
import type { AppliedFilter } from "../query/describe";
import type { QueryEngine } from "../query/engine";
import type { ListResult } from "../query/list";
import type { Filters, ParamIssue } from "../query/params";
import { isQueryError } from "../query/select";
import type { Lang } from "../i18n/lang";
import { uniqueIssues } from "./issues";
import { type ListOptions, parseListParams } from "./params";

/** Everything the list page shows, read from its URL. */
export interface ListPage {
  /** The dashboard state the list applies (bad parameters dropped). */
  state: DashboardState;
  filters: Filters;
  /** The canonical dashboard query, carried by every link. */
  query: string;
  options: ListOptions;
  /** The parameters that were ignored, and why. */
  issues: ParamIssue[];
  /** Labels of the active filters, in the page's language. */
  applied: AppliedFilter[];
  result: ListResult;
}

function withoutFilter(state: DashboardState, param: string): DashboardState | null {
  const value = state[param as keyof DashboardState];
  // Nothing to drop (absent or already dropped): retrying would loop.
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  return { ...state, [param]: Array.isArray(value) ? [] : undefined };
}

/**
 * Reads the list's URL: its own options, the dashboard's parameters (through pageContext), and the
 * page of partnerships. A value the dataset does not know (an unknown theme slug…) is reported and
 * dropped like a malformed one, so that a stale link still shows a list.
 */
export function loadListPage(engine: QueryEngine, params: URLSearchParams, lang: Lang = "fr"): ListPage {
  const { options, issues: listIssues, rest } = parseListParams(params, lang);
  const context = pageContext(rest);
  let state = context.state;
  const issues = [...context.issues, ...listIssues];
  for (;;) {
    try {
      const filters = filtersOf(state);
      const result = engine.list({ ...filters, ...options });
      return { state, filters, query: dashboardQuery(state), options, issues: uniqueIssues(issues), applied: engine.describe(filters, lang), result };
    } catch (error) {
      if (!isQueryError(error)) throw error;
      const next = withoutFilter(state, error.param);
      if (next === null) throw error;
      issues.push({ param: error.param, message: error.message.replace(`${error.param}: `, "") });
      state = next;
    }
  }
}
