"use client";
import { useContext } from "react";
import { type Labels, labelsOf } from "../labels";
import { LangContext } from "./LangProvider";

export { LangProvider, useLang } from "./LangProvider";

/** The fixed labels in the page's language (the whole table: see LangProvider.tsx). */
export function useLabels(): Labels {
  return labelsOf(useContext(LangContext));
}
