"use client";
import { useEffect } from "react";
import { defaultColorScheme } from "./defaultColorScheme";

// How long the DSFR's script may wait for an idle moment once the page has loaded.
const IDLE_TIMEOUT_MS = 1500;

// Imported when it runs, not with the page: react-dsfr's start and the DSFR's script it loads are
// needed only for behaviour (the header's menu on a phone, modals), never for the first paint.
function startDsfr() {
  void import("@codegouvfr/react-dsfr/start").then(({ start }) =>
    start({
      defaultColorScheme,
      verbose: false,
      doCheckNonce: false,
      trustedTypesPolicyName: "react-dsfr",
      // Started after React's first effects: the DSFR's own start can run at once.
      nextParams: { doPersistDarkModePreferenceWithCookie: false, registerEffectAction: (action) => action() },
    }),
  );
}

/**
 * Starts the DSFR's script (what react-dsfr's StartDsfrOnHydration does) once the page has loaded
 * and the browser is idle. react-dsfr's DsfrProviderBase runs it while React hydrates, so it ran
 * between the hydration and the map's first draw (traced: about 120 ms of main thread on that
 * path). The page is server-rendered with the DSFR's classes and markup (the header and footer
 * are server components), and the script only adds behaviour: the header's menu on a phone,
 * modals. Nothing else of react-dsfr runs in the browser: no react-dsfr component is a client
 * component, so its language and Link settings (setUseLang, setLink) and the colour scheme's
 * context are not needed.
 */
export function DsfrStart(): null {
  useEffect(() => {
    const idle = () =>
      typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(startDsfr, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(startDsfr, 0);
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
    return () => window.removeEventListener("load", idle);
  }, []);
  return null;
}
