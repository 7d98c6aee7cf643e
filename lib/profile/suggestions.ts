import { EMPTY_STATE, filtersOf } from "../dashboard/state";
import { authorityHref, countryHref, themeHref } from "../pages/links";
import type { QueryEngine } from "../query/engine";
import type { ProfileKind } from "./kinds";
import { rankingBy } from "./load";
import { isLinkable } from "./ranking";

/** How many pages the 404 of a country or authority page suggests (a theme's lists every theme). */
const SUGGESTIONS = 20;

/** Pages of a kind that do exist, most useful first: what the 404 of a profile page offers instead. */
export function profileSuggestions(engine: QueryEngine, kind: ProfileKind): { href: string; label: string }[] {
  const filters = filtersOf(EMPTY_STATE);
  switch (kind) {
    case "country":
      return engine.countries(filters).slice(0, SUGGESTIONS).map((country) => ({ href: countryHref(country.code), label: country.name }));
    case "authority":
      return rankingBy(engine, filters, "authority", SUGGESTIONS)
        .filter((row) => isLinkable(row.key))
        .map((row) => ({ href: authorityHref(row.key), label: row.label }));
    case "theme":
      return engine.meta().themes.map((theme) => ({ href: themeHref(theme.key), label: theme.label }));
  }
}
