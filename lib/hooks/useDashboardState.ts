"use client";
import { useSearchParams } from "next/navigation";
import { use, useCallback, useMemo } from "react";
import { type DashboardState, type UpdateState, applyPatch, dashboardQuery } from "../dashboard/state";
import type { ParamIssue } from "../query/param-names";
import { langOf, withLang } from "../i18n/lang";
import { loadStateParse, loadedStateParse, stateParse } from "./stateParse";

/** The state the server parsed from the address it rendered (`query`, as URLSearchParams writes it). */
export interface ParsedState {
  query: string;
  state: DashboardState;
  issues: ParamIssue[];
}

/**
 * The dashboard state, read from the URL and written back to it: the URL is the only copy, so
 * reload, back/forward and a pasted link give the same view. Changes use the History API, which
 * Next.js syncs with useSearchParams without a server round trip. While the address is the one
 * the server rendered, its parse is used: the parser stays out of the first load.
 */
export function useDashboardState(initial: ParsedState) {
  const query = new URLSearchParams(useSearchParams().toString()).toString();
  // Another address (a change, back/forward) needs the parser: loaded by then in practice, else
  // the render waits for it (React's `use` may be called conditionally).
  const parser = query === initial.query ? undefined : (loadedStateParse() ?? use(loadStateParse()));
  const { state, issues } = useMemo(() => (parser ? parser.parseDashboardState(new URLSearchParams(query)) : initial), [parser, query, initial]);
  // Each change builds on the address as it is now, not on the state of the last render: Next.js
  // redraws after a history change in a transition, so on a busy machine a second change (the
  // years typed after picking a theme) can come first, and built on the render it would drop the theme.
  const update = useCallback<UpdateState>((patch, options = {}) => {
    void stateParse().then(({ parseDashboardState }) => {
      const params = new URLSearchParams(window.location.search);
      const next = dashboardQuery(applyPatch(parseDashboardState(params).state, patch));
      // The language is no part of the view's state, but the address keeps it.
      const url = withLang(`${window.location.pathname}${next ? `?${next}` : ""}`, langOf(params));
      if (options.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    });
  }, []);
  return { state, issues, update };
}
