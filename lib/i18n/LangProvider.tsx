"use client";
import { createContext, type ReactNode, use, useContext } from "react";
import { loadedLabels } from "../labels/registry";
import { DEFAULT_LANG, type Lang } from "./lang";
import { loadLabels } from "./load-labels";

/** The page's language, for client components. */
export const LangContext = createContext<Lang>(DEFAULT_LANG);

/**
 * Gives client components the page's language, which the root layout reads from the URL (via
 * proxy.ts). In the browser a language other than French has its labels downloaded first: nothing
 * under the provider draws (or hydrates) before they are here. Apart from the table of
 * lib/labels (LangContext.tsx's useLabels imports it): the layout puts this provider on every
 * page, and only the pages whose client components read labels need the French table.
 */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  if (lang !== DEFAULT_LANG && !loadedLabels(lang)) use(loadLabels(lang));
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The page's language. */
export function useLang(): Lang {
  return useContext(LangContext);
}
