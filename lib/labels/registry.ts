import type { Lang } from "../i18n/lang";
import type { Labels } from "./index";

/**
 * The label tables loaded so far, by language, without any table of its own: what a client
 * component on every page (the root layout's LangProvider, app/error.tsx) may import without
 * bringing the whole French table (about 15 KB of gzip) into every page's first load. index.ts
 * adds the tables it imports; loadLabels adds the ones downloaded later.
 */
const TABLES: Partial<Record<Lang, Labels>> = {};

/** Adds a language's table (French and, on the server, English by index.ts; the browser's English by loadLabels). */
export function addLabels(lang: Lang, table: Labels): void {
  TABLES[lang] = table;
}

/** A language's table if it is loaded. */
export function loadedLabels(lang: Lang): Labels | undefined {
  return TABLES[lang];
}
