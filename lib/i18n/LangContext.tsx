"use client";
import { createContext, type ReactNode, use, useContext } from "react";
import { type Labels, hasLabels, labelsOf } from "../labels";
import { loadLabels } from "./load-labels";
import { DEFAULT_LANG, type Lang } from "./lang";

const LangContext = createContext<Lang>(DEFAULT_LANG);

/**
 * Gives client components the page's language, which the root layout reads from the URL (via
 * proxy.ts). In the browser a language other than French has its labels downloaded first: nothing
 * under the provider draws (or hydrates) before they are here.
 */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  if (!hasLabels(lang)) use(loadLabels(lang));
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The page's language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The fixed labels in the page's language. */
export function useLabels(): Labels {
  return labelsOf(useContext(LangContext));
}
