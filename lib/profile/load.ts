import { dashboardQuery } from "../dashboard/state";
import { yearSeries } from "../dashboard/years";
import { type RawSearchParams, pageContext } from "../pages/context";
import type { QueryEngine } from "../query/engine";
import type { ListResult } from "../query/list";
import type { AggregateQuery, Breakdown, Filters, ParamIssue } from "../query/params";
import type { FilteredSummary } from "../query/summary";
import type { Lang } from "../i18n/lang";
import { type RankingRow, rankByPartnerships } from "./ranking";
import { type ProfileFigures, profileFigures } from "./tiles";
import { type ProfileEntity, type ProfileScope, chartSubtitle, contextSubtitle, keepKnownFilters, profileScope } from "./scope";
import { firstPartialYear } from "../charts/partial-year";

/** How many groups a profile's ranking tables show. */
const TOP_GROUPS = 15;
/** How many partnerships a profile lists (the list page has them all). */
const FIRST_PARTNERSHIPS = 20;

/** What every profile page shows around its entity: where the user came from, the filters, the headline figures. */
export interface ProfileBase {
  /** The dashboard query the user came from (unknown values dropped): breadcrumb and links to other pages. */
  query: string;
  /** The dashboard's filters plus the entity: every figure of the page. */
  scope: ProfileScope;
  /** Parameters of the URL that were ignored, and why. */
  issues: ParamIssue[];
  /** The header's line: the dashboard filters applied besides the entity. */
  subtitle: string;
  /** The charts' line: every filter they reflect. */
  chartSubtitle: string;
  summary: FilteredSummary;
  /** The headline tiles' figures (lib/profile/tiles.ts). */
  figures: ProfileFigures;
  /** True on a generated (demonstration) dataset: the page must say so. */
  generated: boolean;
  realPartnerships: number;
}

/** The common part of a profile page, from its URL's search parameters and its (known) entity. */
export function loadProfileBase(engine: QueryEngine, raw: RawSearchParams, entity: ProfileEntity, lang: Lang = "fr"): ProfileBase {
  const context = pageContext(raw);
  const known = keepKnownFilters(context.state, (filters) => engine.summary(filters));
  const scope = profileScope(known.state, entity);
  const applied = engine.describe(scope.filters, lang);
  const { provenance, counts } = engine.meta();
  const summary = engine.summary(scope.filters);
  return {
    query: dashboardQuery(known.state),
    scope,
    issues: [...context.issues, ...known.issues],
    subtitle: contextSubtitle(applied, entity.param, lang),
    chartSubtitle: chartSubtitle(applied),
    summary,
    figures: profileFigures(engine, scope.filters, entity.param, summary),
    generated: provenance.generated,
    realPartnerships: counts.realPartnerships,
  };
}

/**
 * Funding per year stacked by financer category, with the partnerships active each year (the year
 * chart's series), the years the dataset's date leaves partial flagged.
 */
export function yearBreakdown(engine: QueryEngine, filters: Filters, lang: Lang = "fr") {
  const funding = engine.aggregate({ ...filters, by: "year", measure: "amount", stack: "financerCategory" }, lang);
  const active = engine.aggregate({ ...filters, by: "activeYear", measure: "partnerships" }, lang);
  return yearSeries(funding.rows, active.rows, firstPartialYear(engine.datasetMeta.updatedAt));
}

/** Declared amounts by one breakdown (e.g. theme), largest first. */
export function amountsBy(engine: QueryEngine, filters: Filters, by: Breakdown, lang: Lang = "fr") {
  return engine.aggregate({ ...filters, by, measure: "amount" } satisfies AggregateQuery, lang);
}

/** The first groups of a breakdown by number of partnerships, with their amounts. */
export function rankingBy(engine: QueryEngine, filters: Filters, by: Breakdown, limit = TOP_GROUPS, lang: Lang = "fr"): RankingRow[] {
  const partnerships = engine.aggregate({ ...filters, by, measure: "partnerships" }, lang);
  const amounts = engine.aggregate({ ...filters, by, measure: "amount" }, lang);
  return rankByPartnerships(partnerships.rows, amounts.rows, limit);
}

/** The most recent partnerships in the scope (the list page shows the rest). */
export function firstPartnerships(engine: QueryEngine, filters: Filters): ListResult {
  return engine.list({ ...filters, sort: "-startYear", page: 1, pageSize: FIRST_PARTNERSHIPS });
}
