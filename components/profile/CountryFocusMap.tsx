"use client";
import { useCallback, useMemo } from "react";
import { CountryMap } from "@/components/map/CountryMap";
import { withLang } from "@/lib/i18n/lang";
import { useLang } from "@/lib/i18n/LangContext";
import { countryHref } from "@/lib/pages/links";
import type { CountryFigures } from "@/lib/query/engine";

export interface CountryFocusMapProps {
  countries: CountryFigures[];
  /** ISO code of the page's country: outlined on the map. */
  focus?: string;
  /** The user's dashboard query, carried to the country pages the map links to. */
  query: string;
  /** Id of the table listing the same countries, for the map's "skip the map" link. */
  listId?: string;
}

// On a profile page there is nothing to filter: a click on a country only opens its popup, whose
// "Voir la fiche pays" link leads to that country's page.
const noFilter = () => {};

/**
 * The dashboard's map on a profile page, partnerships by country, each country linking to its page,
 * zoomed on and outlining the page's country (`focus`).
 */
export function CountryFocusMap({ countries, focus, query, listId }: CountryFocusMapProps) {
  // Stable references: the map re-styles every shape when `selected` changes identity.
  const selected = useMemo(() => (focus ? [focus] : []), [focus]);
  const lang = useLang();
  const hrefOf = useCallback((code: string) => withLang(countryHref(code, query), lang), [query, lang]);
  return (
    <CountryMap
      countries={countries}
      measure="partnerships"
      mode="choropleth"
      selected={selected}
      onSelectCountry={noFilter}
      countryHref={hrefOf}
      listId={listId}
      focus={focus}
    />
  );
}
