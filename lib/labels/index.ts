import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { en } from "./en";
import type { Widen } from "./en-shape";
import { fr } from "./fr";

export { LANGS, type Lang } from "../i18n/lang";
/**
 * The shape every language's table has: French's, key for key and signature for signature, with
 * its literal strings widened (a few French tables are `as const`).
 */
export type Labels = Widen<typeof fr>;

const TABLES: Record<Lang, Labels> = { fr, en };

/** The fixed labels of the interface in a language (French by default). */
export function labelsOf(lang: Lang = DEFAULT_LANG): Labels {
  return TABLES[lang];
}
