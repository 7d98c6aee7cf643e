import { EMPTY_STATE, filtersOf } from "../dashboard/state";
import { authorityHref, countryHref, themeHref } from "../pages/links";
import type { QueryEngine } from "../query/engine";
import { type Lang, withLang } from "../i18n/lang";
import { themeName } from "../i18n/theme-names";
import type { ProfileKind } from "./kinds";
import { rankingBy } from "./load";
import { isLinkable } from "./ranking";

/** How many pages the 404 of a country or authority page suggests (a theme's lists every theme). */
const SUGGESTIONS = 20;

/** Pages of a kind that do exist, most useful first: what the 404 of a profile page offers instead. */
export function profileSuggestions(engine: QueryEngine, kind: ProfileKind, lang: Lang = "fr"): { href: string; label: string }[] {
  const filters = filtersOf(EMPTY_STATE);
  return suggestionsOf(engine, kind, filters, lang).map((link) => ({ ...link, href: withLang(link.href, lang) }));
}

function suggestionsOf(engine: QueryEngine, kind: ProfileKind, filters: ReturnType<typeof filtersOf>, lang: Lang): { href: string; label: string }[] {
  switch (kind) {
    case "country":
      return engine.countries(filters, lang).slice(0, SUGGESTIONS).map((country) => ({ href: countryHref(country.code), label: country.name }));
    case "authority":
      return rankingBy(engine, filters, "authority", SUGGESTIONS, lang)
        .filter((row) => isLinkable(row.key))
        .map((row) => ({ href: authorityHref(row.key), label: row.label }));
    case "theme":
      return engine.meta().themes.map((theme) => ({ href: themeHref(theme.key), label: themeName(theme.label, lang) }));
  }
}
