import { frenchAreaNames } from "../authorities";
import type { FrenchAuthority } from "../model";
import { themeLevel } from "../dashboard/queries";
import type { RawSearchParams } from "../pages/context";
import type { QueryEngine } from "../query/engine";
import type { Lang } from "../i18n/lang";
import { authorityFacts, authorityKindLabel } from "./authorityFacts";
import { amountsBy, firstPartnerships, loadProfileBase, rankingBy, yearBreakdown } from "./load";

/** Everything an authority page shows, under the dashboard filters of its URL plus the authority (`key` as authorityKey gives it). */
export function loadAuthorityProfile(engine: QueryEngine, key: string, authority: FrenchAuthority, raw: RawSearchParams, lang: Lang = "fr") {
  const base = loadProfileBase(engine, raw, { param: "authority", key }, lang);
  const { filters } = base.scope;
  const countries = engine.countries(filters, lang);
  return {
    base,
    kind: authorityKindLabel(authority, lang),
    facts: authorityFacts(authority, frenchAreaNames(), lang),
    countries,
    // The same countries as the map, ranked for the table beside it (all of them: an authority has few).
    countryRanking: rankingBy(engine, filters, "country", countries.length + 1, lang),
    years: yearBreakdown(engine, filters, lang),
    // As on the dashboard, the theme chart shows the level below the deepest theme filter.
    themes: amountsBy(engine, filters, themeLevel(base.scope.state), lang),
    themeLevel: themeLevel(base.scope.state),
    partnerships: firstPartnerships(engine, filters),
  };
}
