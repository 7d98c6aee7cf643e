import { addLabels } from "../labels/registry";
import type { Lang } from "./lang";

const loading = new Map<Lang, Promise<void>>();

/**
 * Downloads a language's labels once (a chunk of their own, see lib/labels/en-table.ts). Imports
 * the registry, not lib/labels: the root layout's LangProvider calls it on every page.
 */
export function loadLabels(lang: Lang): Promise<void> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = lang === "en" ? import("../labels/en").then(({ en }) => addLabels("en", en)) : Promise.resolve();
    loading.set(lang, pending);
  }
  return pending;
}
