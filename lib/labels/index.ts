import { fr } from "./fr";

/** The interface's languages; English comes as a second table of the same shape. */
export const LANGS = ["fr"] as const;
export type Lang = (typeof LANGS)[number];
export type Labels = typeof fr;

const TABLES: Record<Lang, Labels> = { fr };

/** The fixed labels of the interface in a language (French by default). */
export function labelsOf(lang: Lang = "fr"): Labels {
  return TABLES[lang];
}
