import { en } from "#labels-en";
import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import type { Widen } from "./en-shape";
import { fr } from "./fr";
import { addLabels, loadedLabels } from "./registry";

export { LANGS, type Lang } from "../i18n/lang";
export { addLabels } from "./registry";
/**
 * The shape every language's table has: French's, key for key and signature for signature, with
 * its literal strings widened (a few French tables are `as const`).
 */
export type Labels = Widen<typeof fr>;

// On the server every table is here from the start; in the browser only French, the others are
// added by loadLabels when a page in that language is drawn (see lib/labels/en-table.ts).
addLabels(DEFAULT_LANG, fr);
if (en) addLabels("en", en);

/**
 * The fixed labels of the interface in a language (French by default). A table not loaded yet
 * gives French rather than failing the page: LangProvider loads it before any client component
 * draws, and the English end-to-end tests would see French words.
 */
export function labelsOf(lang: Lang = DEFAULT_LANG): Labels {
  return loadedLabels(lang) ?? fr;
}

/** Whether a language's table is here (always on the server). */
export function hasLabels(lang: Lang): boolean {
  return loadedLabels(lang) !== undefined;
}
