import { themesEn } from "../labels/en-themes";
import type { Lang } from "./lang";

/**
 * A theme label reduced to what tells two themes apart: no accents (the Atlas writes both
 * "Economie" and "Économie"), no case, one kind of dash and apostrophe, single spaces. Another
 * source's spelling of a known theme then finds its English name.
 */
export function themeKey(label: string): string {
  return label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("fr");
}

const byKey = new Map(Object.entries(themesEn).map(([french, english]) => [themeKey(french), english]));

function english(label: string): string | undefined {
  return Object.hasOwn(themesEn, label) ? themesEn[label] : byKey.get(themeKey(label));
}

/**
 * A theme's (or sub-theme's, or sub-sub-theme's) name in `lang`: the data's French label as is in
 * French; in English, the table's entry, else the French label, so that a theme the table lacks
 * still shows (the test on the table is where a missing one fails, never a page).
 */
export function themeName(label: string, lang: Lang): string {
  if (lang === "fr") return label;
  return english(label) ?? label;
}

/** The labels with no English name, each once, in their first order: what the table still lacks. */
export function missingThemeTranslations(labels: Iterable<string>): string[] {
  const missing = new Set<string>();
  for (const label of labels) if (english(label) === undefined) missing.add(label);
  return [...missing];
}
