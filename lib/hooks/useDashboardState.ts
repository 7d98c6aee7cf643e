"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type UpdateState, applyPatch, dashboardQuery, parseDashboardState } from "../dashboard/state";
import { langOf, withLang } from "../i18n/lang";

/**
 * The dashboard state, read from the URL and written back to it: the URL is the only copy, so
 * reload, back/forward and a pasted link give the same view. Changes use the History API, which
 * Next.js syncs with useSearchParams without a server round trip.
 */
export function useDashboardState() {
  const params = useSearchParams();
  const { state, issues } = useMemo(() => parseDashboardState(new URLSearchParams(params.toString())), [params]);
  // Each change builds on the address as it is now, not on the state of the last render: Next.js
  // redraws after a history change in a transition, so on a busy machine a second change (the
  // years typed after picking a theme) can come first, and built on the render it would drop the theme.
  const update = useCallback<UpdateState>((patch, options = {}) => {
    const params = new URLSearchParams(window.location.search);
    const query = dashboardQuery(applyPatch(parseDashboardState(params).state, patch));
    // The language is no part of the view's state, but the address keeps it.
    const url = withLang(`${window.location.pathname}${query ? `?${query}` : ""}`, langOf(params));
    if (options.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
  }, []);
  return { state, issues, update };
}
