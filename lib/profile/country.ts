import { themeLevel } from "../dashboard/queries";
import type { RawSearchParams } from "../pages/context";
import type { DatasetMetaResponse, QueryEngine } from "../query/engine";
import type { Lang } from "../i18n/lang";
import { labelsOf } from "../labels";
import type { WorldRegion } from "../world-regions";
import { amountsBy, firstPartnerships, loadProfileBase, rankingBy, yearBreakdown } from "./load";

/** A partner country of the dataset, as `meta().countries` lists it. */
export type PartnerCountry = DatasetMetaResponse["countries"][number];

/** The dataset's partner country with this ISO alpha-2 code (any case); null for a code it does not know. */
export function findCountry(engine: QueryEngine, code: string): PartnerCountry | null {
  const upper = code.toUpperCase();
  return engine.meta().countries.find((country) => country.code === upper) ?? null;
}

/** Everything a country page shows, under the dashboard filters of its URL plus the country. */
export function loadCountryProfile(engine: QueryEngine, country: PartnerCountry, raw: RawSearchParams, lang: Lang = "fr") {
  const base = loadProfileBase(engine, raw, { param: "country", code: country.code }, lang);
  const { filters } = base.scope;
  return {
    base,
    region: country.region ? (labelsOf(lang).worldRegions[country.region as WorldRegion] ?? null) : null,
    // The embassy belongs to the country, whatever the filters: it is read from all its partnerships.
    embassy: engine.embassy(country.code),
    // The map is a facet, as on the dashboard: every country under the other filters, this one outlined.
    mapCountries: engine.countries({ ...filters, country: [] }, lang),
    years: yearBreakdown(engine, filters, lang),
    // As on the dashboard, the theme chart shows the level below the deepest theme filter.
    themes: amountsBy(engine, filters, themeLevel(base.scope.state), lang),
    themeLevel: themeLevel(base.scope.state),
    authorities: rankingBy(engine, filters, "authority", undefined, lang),
    partnerships: firstPartnerships(engine, filters),
  };
}
