/**
 * The interface's languages and how a URL carries one: French by default and without a parameter
 * (the links people already share stay as they are), English with `lang=en`. Client-safe.
 */
export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "fr";
export const LANG_PARAM = "lang";

/** The locale of each language's numbers and dates (British English: day before month, as in French). */
export const LOCALES: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The language a URL's parameters ask for; an unknown value falls back to French (parseParams reports it). */
export function langOf(params: URLSearchParams | { get(name: string): string | null } | null | undefined): Lang {
  const value = params?.get(LANG_PARAM);
  return isLang(value) ? value : DEFAULT_LANG;
}

/**
 * A link of the site (a path with its query and fragment) in a language: `lang=en` added, or any
 * `lang` removed for French. External and non-path links are returned unchanged.
 */
export function withLang(href: string, lang: Lang): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const hashAt = href.indexOf("#");
  const hash = hashAt >= 0 ? href.slice(hashAt) : "";
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = beforeHash.indexOf("?");
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : "");
  params.delete(LANG_PARAM);
  if (lang !== DEFAULT_LANG) params.append(LANG_PARAM, lang);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ""}${hash}`;
}

/** The request header proxy.ts sets from the URL, so that the root layout (which has no search params) knows the language. */
export const LANG_HEADER = "x-atlas-lang";
