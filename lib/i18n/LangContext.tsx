"use client";
import { createContext, type ReactNode, useContext } from "react";
import { type Labels, labelsOf } from "../labels";
import { DEFAULT_LANG, type Lang } from "./lang";

const LangContext = createContext<Lang>(DEFAULT_LANG);

/** Gives client components the page's language, which the root layout reads from the URL (via proxy.ts). */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
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
