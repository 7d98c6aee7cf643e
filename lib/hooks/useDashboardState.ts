"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { type DashboardState, dashboardQuery, parseDashboardState } from "../dashboard/state";

/**
 * The dashboard state, read from the URL and written back to it: the URL is the only copy, so
 * reload, back/forward and a pasted link give the same view. Changes use the History API, which
 * Next.js syncs with useSearchParams without a server round trip.
 */
export function useDashboardState() {
  const params = useSearchParams();
  const { state, issues } = useMemo(() => parseDashboardState(new URLSearchParams(params.toString())), [params]);
  const update = useCallback(
    (patch: Partial<DashboardState>, options: { replace?: boolean } = {}) => {
      const query = dashboardQuery({ ...state, ...patch });
      const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
      if (options.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [state],
  );
  return { state, issues, update };
}
