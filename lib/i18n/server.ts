import "server-only";
import { headers } from "next/headers";
import { type Labels, labelsOf } from "../labels";
import { isLang, LANG_HEADER, type Lang, DEFAULT_LANG } from "./lang";

/**
 * The language of the page being rendered, for server components deep in a page that were not
 * given it: proxy.ts reads it from the URL into a request header (a layout has no search params).
 */
export async function requestLang(): Promise<Lang> {
  const value = (await headers()).get(LANG_HEADER);
  return isLang(value) ? value : DEFAULT_LANG;
}

/** The fixed labels in the language of the page being rendered. */
export async function requestLabels(): Promise<Labels> {
  return labelsOf(await requestLang());
}
