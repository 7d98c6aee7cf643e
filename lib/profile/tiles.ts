import type { HeadlineTile } from "@/components/summary/HeadlineTiles";
import { formatsOf } from "../format";
import type { Lang } from "../i18n/lang";
import { labelsOf } from "../labels";
import type { Filters } from "../query/params";
import type { QueryEngine } from "../query/engine";
import type { FilteredSummary } from "../query/summary";
import type { ProfileEntity } from "./scope";

/** The figures of a profile page's tiles, every one from the engine. */
export interface ProfileFigures {
  entity: ProfileEntity["param"];
  summary: FilteredSummary;
  /**
   * A theme's page: its declared amount over that of every theme under the page's other filters
   * (null when they declare none). Undefined on the other pages.
   */
  amountShare?: number | null;
}

/** The filters of a theme page without the theme: the whole its share is taken of. */
const withoutTheme = (filters: Filters): Filters => ({ ...filters, theme: undefined, subTheme: undefined, subSubTheme: undefined });

/** The figures of the tiles of a profile page whose scope is `filters` (the dashboard's plus the entity). */
export function profileFigures(engine: QueryEngine, filters: Filters, entity: ProfileEntity["param"], summary = engine.summary(filters)): ProfileFigures {
  if (entity !== "theme") return { entity, summary };
  const total = engine.summary(withoutTheme(filters)).amount;
  return { entity, summary, amountShare: total > 0 ? summary.amount / total : null };
}

/**
 * A profile page's headline tiles: the dashboard's, without the count of the page's own kind
 * ("1 pays partenaire" on a country's page, "1 collectivité française" on an authority's), and with
 * what that kind of page is read for: where a country's French partners are (régions and
 * départements), how many countries an authority works with, a theme's share of all funding.
 */
export function profileTiles({ entity, summary, amountShare }: ProfileFigures, lang: Lang = "fr"): HeadlineTile[] {
  const tiles = labelsOf(lang).tiles;
  const { labels, profile } = tiles;
  const { integer, eurosCompact, percent, percentTenths } = formatsOf(lang);
  // The dashboard's tiles keep their measure: its "Détail" wherever a page offers one.
  const count = (id: string, value: number, label: string, measure?: HeadlineTile["measure"]): HeadlineTile => ({ id, value: integer(value), label, measure });
  const partnerships = count("partnerships", summary.partnerships, labels.partnerships(summary.partnerships), "partnerships");
  const authorities = count("french-authorities", summary.frenchAuthorities, labels.frenchAuthorities(), "frenchAuthorities");
  const foreign = count("foreign-partners", summary.foreignPartners, labels.foreignPartners(), "foreignPartners");
  const countries = count("countries", summary.countries, profile.partnerCountries(summary.countries));
  const funding: HeadlineTile = {
    id: "funding",
    measure: "amount",
    value: eurosCompact(summary.amount),
    label: labels.amount(),
    note: tiles.coverage(percent(summary.coverage.share)),
  };
  if (entity === "country") {
    const regions = count("french-regions", summary.frenchRegions, profile.frenchRegions(summary.frenchRegions));
    const departements = count("departements", summary.departements, profile.departements(summary.departements));
    return [partnerships, authorities, regions, departements, foreign, funding];
  }
  if (entity === "authority") return [partnerships, countries, foreign, funding];
  const share: HeadlineTile[] = amountShare == null ? [] : [{ id: "amount-share", value: percentTenths(amountShare), label: profile.amountShare }];
  return [partnerships, authorities, foreign, countries, funding, ...share];
}
