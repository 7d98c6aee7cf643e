"use client";
import { useEffect } from "react";
import { takeEarlyClicks } from "@/components/islands/early-clicks";
import { wakesAtOnce } from "@/components/islands/wake";
import { defaultColorScheme } from "./defaultColorScheme";

// How long the DSFR's script may wait for an idle moment once the page has loaded.
const IDLE_TIMEOUT_MS = 1500;

// Imported when it runs, not with the page: react-dsfr's start and the DSFR's script it loads are
// needed only for behaviour (the header's menu on a phone, modals), never for the first paint.
let started: Promise<void> | undefined;
function startDsfr(): Promise<void> {
  started ??= import("@codegouvfr/react-dsfr/start").then(({ start }) =>
    start({
      defaultColorScheme,
      verbose: false,
      doCheckNonce: false,
      trustedTypesPolicyName: "react-dsfr",
      // Started after React's first effects: the DSFR's own start can run at once.
      nextParams: { doPersistDarkModePreferenceWithCookie: false, registerEffectAction: (action) => action() },
    }),
  );
  return started;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Whether the DSFR has bound its controls: it does on the frame after its start. */
let bound = false;

/** Gives a held click back to a control the DSFR drives, once the DSFR has started and bound it. */
function clickOnceBound(control: HTMLElement): void {
  void startDsfr()
    .then(nextFrame)
    .then(nextFrame)
    .then(() => {
      bound = true;
      control.click();
    });
}

/**
 * On a touch screen, the DSFR's script starts on the first touch, key or focus: run at idle, it
 * blocked a phone's main thread for about 100 ms (450 ms at Lighthouse's 4× slowdown) right after
 * the first paint, for a menu most visits never open. A tap on a control the DSFR drives (the
 * header's "Menu", `data-fr-opened`) that comes before the script has started is held and given
 * back to the control once it has.
 */
function startOnFirstInteraction(): () => void {
  const start = () => void startDsfr();
  const events = ["pointerdown", "touchstart", "keydown", "focusin"] as const;
  for (const type of events) window.addEventListener(type, start, { capture: true, once: true, passive: true });
  const hold = (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-fr-opened]") : null;
    if (bound || !control) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    clickOnceBound(control);
  };
  window.addEventListener("click", hold, { capture: true });
  return () => {
    for (const type of events) window.removeEventListener(type, start, { capture: true });
    window.removeEventListener("click", hold, { capture: true });
  };
}

/**
 * Starts the DSFR's script (what react-dsfr's StartDsfrOnHydration does): with a mouse once the page
 * has loaded and the browser is idle, on a touch screen on the first interaction (see above). react-dsfr's DsfrProviderBase runs it while React hydrates, so it ran
 * between the hydration and the map's first draw (traced: about 120 ms of main thread on that
 * path). The page is server-rendered with the DSFR's classes and markup (the header and footer
 * are server components), and the script only adds behaviour: the header's menu on a phone,
 * modals. Nothing else of react-dsfr runs in the browser: no react-dsfr component is a client
 * component, so its language and Link settings (setUseLang, setLink) and the colour scheme's
 * context are not needed.
 */
export function DsfrStart(): null {
  useEffect(() => {
    // A tap on "Menu" before any script ran, held by the page's inline loader: given back once started.
    const early = takeEarlyClicks("[data-fr-opened]").at(-1)?.closest<HTMLElement>("[data-fr-opened]");
    if (early) clickOnceBound(early);
    if (!wakesAtOnce()) return startOnFirstInteraction();
    const idle = () =>
      typeof window.requestIdleCallback === "function"
        ? window.requestIdleCallback(() => void startDsfr(), { timeout: IDLE_TIMEOUT_MS })
        : window.setTimeout(() => void startDsfr(), 0);
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
    return () => window.removeEventListener("load", idle);
  }, []);
  return null;
}
