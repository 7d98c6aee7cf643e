"use client";
import { useCallback, useEffect, useRef } from "react";
import { type DashboardState, dashboardQuery } from "../dashboard/state";
import { type Detail, detailId, detailOf, detailParams } from "../detail/state";
import { langOf, withLang } from "../i18n/lang";
import { toSearchParams } from "../query/param-names";
import { stateParse } from "./stateParse";

/** The URL of the dashboard's view with a detail open (or none): the view's canonical query, then the detail's parameters. */
export function detailUrl(pathname: string, state: DashboardState, detail: Detail | null): string {
  const query = [dashboardQuery(state), toSearchParams(detailParams(detail)).toString()].filter(Boolean).join("&");
  return `${pathname}${query ? `?${query}` : ""}`;
}

/**
 * The detail open in the URL, and the actions that open, page through and close it. Opening and
 * closing push a history entry (back reopens or closes it, as the guide wants of every view);
 * paging replaces it. The element that opened the detail gets the focus back on closing.
 */
export function useDetail(state: DashboardState) {
  const detail = detailOf(state);
  const opener = useRef<HTMLElement | null>(null);
  const refocus = useRef<HTMLElement | null>(null);
  const isOpen = detail !== null;
  // Once the dialog is gone (the URL's change renders later than the click): focusing under an
  // open modal dialog would be refused, the page behind it being inert.
  useEffect(() => {
    if (isOpen || !refocus.current) return;
    refocus.current.focus();
    refocus.current = null;
  }, [isOpen]);
  // Built on the address as it is now, like the dashboard's changes (see useDashboardState).
  const write = useCallback((next: Detail | null, replace = false) => {
    void stateParse().then(({ parseDashboardState }) => {
      const params = new URLSearchParams(window.location.search);
      const url = withLang(detailUrl(window.location.pathname, parseDashboardState(params).state, next), langOf(params));
      if (replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    });
  }, []);
  const open = useCallback(
    (next: Detail, from?: HTMLElement | null) => {
      opener.current = from ?? null;
      write({ ...next, page: undefined });
    },
    [write],
  );
  const setPage = useCallback((page: number) => detail && write({ ...detail, page }, true), [detail, write]);
  const close = useCallback(() => {
    const closing = detail;
    write(null);
    // The opener may have been redrawn meanwhile, or the detail came from a link: the button of
    // the same number, if the page shows one, takes the focus.
    const target =
      opener.current?.isConnected === true
        ? opener.current
        : closing
          ? document.querySelector<HTMLElement>(`[data-detail-id="${CSS.escape(detailId(closing))}"]`)
          : null;
    opener.current = null;
    refocus.current = target;
  }, [detail, write]);
  return { detail, open, setPage, close };
}
