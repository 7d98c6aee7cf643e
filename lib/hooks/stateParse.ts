"use client";

type StateParse = typeof import("../dashboard/state-parse");

let loaded: StateParse | undefined;
let loading: Promise<StateParse> | undefined;

/**
 * The dashboard's state parser (zod schemas, about 25 KB gzip with the country codes), out of the
 * first load: the first render takes the state the server parsed, and the parser comes when the
 * browser is idle, before the first change of the address in practice.
 */
export function loadStateParse(): Promise<StateParse> {
  loading ??= import("../dashboard/state-parse").then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

if (typeof window !== "undefined") {
  const load = () => void loadStateParse();
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(load, { timeout: 2000 });
  else window.setTimeout(load, 0);
}

/** The parser if it has loaded. */
export const loadedStateParse = (): StateParse | undefined => loaded;

/** The parser for an event handler: at once, or once loaded. */
export async function stateParse(): Promise<StateParse> {
  return loaded ?? loadStateParse();
}
