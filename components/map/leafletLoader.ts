import { useSyncExternalStore } from "react";
import { preload } from "swr";
import { LIGHT_BOUNDARIES_URL, fetchBoundaries } from "@/lib/map/boundaries";

/*
 * Leaflet (its code, CSS and the light shapes) is loaded when the map needs it, not with the page:
 * the server's SVG drawing (MapPreview) is the first paint and answers hover and click until then.
 * It is asked for on the first interaction with the map, when the figures change (the drawing
 * would be stale), and, with a mouse, once the page has loaded and the browser is idle. A phone
 * waits for a touch: the drawing already shows the figures and filters on a tap, and a phone that
 * only looks is spared 100 KB and about a second of its processor on a map it does not zoom.
 */

type LeafletModule = typeof import("./CountryMapLeaflet");
let state: { module?: LeafletModule; error?: unknown } = {};
let requested = false;
const listeners = new Set<() => void>();

/** Starts loading Leaflet and the light shapes (once; nothing on the server). */
export function requestLeaflet(): void {
  if (requested || typeof window === "undefined") return;
  requested = true;
  void preload(LIGHT_BOUNDARIES_URL, fetchBoundaries);
  import("./CountryMapLeaflet")
    .then(
      (module) => (state = { module }),
      (error: unknown) => (state = { error }),
    )
    .finally(() => {
      for (const listener of listeners) listener();
    });
}

/** Asks for Leaflet once the page has loaded and the browser has an idle moment (with a mouse only). */
export function requestLeafletWhenIdle(): () => void {
  if (!window.matchMedia("(hover: hover) and (pointer: fine)").matches) return () => {};
  let cancelled = false;
  const idle = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => !cancelled && requestLeaflet(), { timeout: 3000 });
    else window.setTimeout(() => !cancelled && requestLeaflet(), 200);
  };
  if (document.readyState === "complete") idle();
  else window.addEventListener("load", idle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener("load", idle);
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const NOT_LOADED = {};

/**
 * The Leaflet module once it is loaded (nothing on the server and while hydrating). Not next/dynamic
 * (React.lazy): a boundary that suspended is revealed at most every 300 ms (React's fallback
 * throttle), which delayed the map's first draw by up to that much after its code had arrived.
 */
export function useLeaflet(): { module?: LeafletModule; error?: unknown } {
  return useSyncExternalStore(subscribe, () => state, () => NOT_LOADED);
}
