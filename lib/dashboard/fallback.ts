import "server-only";
import { dashboardText } from "../api/dashboard";
import { cachedAnswerText } from "../api/http";
import type { Lang } from "../i18n/lang";
import type { QueryEngine } from "../query/engine";
import type { ParamIssue } from "../query/params";
import { isQueryError } from "../query/select";
import { dashboardKey } from "./queries";
import type { DashboardState } from "./state";

/**
 * The dashboard's answer for its first paint, computed on the server (through the API's cache of
 * answers) and keyed exactly as the browser's SWR hook keys its request, so that it is used instead
 * of fetched. An engine error (an unknown theme in the URL…) leaves no answer and is reported.
 */
export function buildFallback(engine: QueryEngine, state: DashboardState, lang: Lang = "fr"): { fallback: Record<string, unknown>; issues: ParamIssue[] } {
  try {
    const text = dashboardText(engine, state, (key, compute) => cachedAnswerText(engine, key, compute), lang);
    return { fallback: { [dashboardKey(state, lang)]: JSON.parse(text) as unknown }, issues: [] };
  } catch (error) {
    if (!isQueryError(error)) throw error;
    return { fallback: {}, issues: [{ param: error.param, message: error.message }] };
  }
}
