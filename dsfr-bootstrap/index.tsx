"use client";
import { setUseLang } from "@codegouvfr/react-dsfr/i18n";
import { setLink } from "@codegouvfr/react-dsfr/link";
import { start } from "@codegouvfr/react-dsfr/start";
import { SsrIsDarkProvider } from "@codegouvfr/react-dsfr/useIsDark/server";
import Link from "next/link";
import { type ReactNode, useEffect, useMemo } from "react";
import { defaultColorScheme } from "./defaultColorScheme";

declare module "@codegouvfr/react-dsfr/link" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

setLink({ Link });

// How long the DSFR's script may wait for an idle moment once the page has loaded.
const IDLE_TIMEOUT_MS = 1500;

function startDsfr() {
  void start({
    defaultColorScheme,
    verbose: false,
    doCheckNonce: false,
    trustedTypesPolicyName: "react-dsfr",
    // Started after React's first effects: the DSFR's own start can run at once.
    nextParams: { doPersistDarkModePreferenceWithCookie: false, registerEffectAction: (action) => action() },
  });
}

/**
 * What react-dsfr's DsfrProviderBase and StartDsfrOnHydration do together (language, Link, the
 * colour scheme on the server, the DSFR's script), except when the script starts. DsfrProviderBase
 * imports and runs it (a 110 KB module that then scans the page) while React hydrates, so it ran
 * between the hydration and the map's first draw (traced: about 120 ms of main thread on that
 * path). The page is server-rendered with the DSFR's classes and markup, and its script only adds
 * behaviour (the header's menu on a phone, modals, the colour-scheme switch): it now starts once
 * the page has loaded and the browser is idle.
 */
export function DsfrProvider({ lang, children }: { lang: string; children: ReactNode }) {
  useMemo(() => setUseLang({ useLang: () => lang }), [lang]);
  useEffect(() => {
    const idle = () =>
      typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(startDsfr, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(startDsfr, 0);
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
    return () => window.removeEventListener("load", idle);
  }, []);
  if (typeof window !== "undefined") return <>{children}</>;
  return <SsrIsDarkProvider value={defaultColorScheme === "dark"}>{children}</SsrIsDarkProvider>;
}
