import { type DashboardState, EMPTY_STATE, dashboardQuery, filtersOf } from "../dashboard/state";
import type { AppliedFilter } from "../query/describe";
import { type Filters, type ParamIssue, filterShape } from "../query/params";
import { type QueryError, isQueryError } from "../query/select";
import { type Lang, labelsOf } from "../labels";

/** What a profile page is about, as the one filter it adds to the dashboard's. */
export type ProfileEntity =
  | { param: "country"; code: string }
  | { param: "authority"; key: string }
  | { param: "theme"; slug: string };

/** A profile's filters, as a dashboard state and as the dashboard query showing the same partnerships. */
export interface ProfileScope {
  state: DashboardState;
  filters: Filters;
  query: string;
}

/**
 * The dashboard's filters with the entity's own dimension replaced by the entity: a country page
 * is about that country alone even if the user had picked several. A theme page is about the whole
 * theme, so sub-theme filters (which belong to one theme) are dropped.
 */
export function withEntity(filters: Filters, entity: ProfileEntity): Filters {
  if (entity.param === "country") return { ...filters, country: [entity.code] };
  if (entity.param === "authority") return { ...filters, authority: [entity.key] };
  return { ...filters, theme: entity.slug, subTheme: undefined, subSubTheme: undefined };
}

/** The scope of a profile page: `state` is the dashboard state the user came from (view settings kept in the query). */
export function profileScope(state: DashboardState, entity: ProfileEntity): ProfileScope {
  const filters = withEntity(filtersOf(state), entity);
  const scoped = { ...state, ...filters };
  return { state: scoped, filters, query: dashboardQuery(scoped) };
}

/**
 * Drops the filters the dataset does not know (a theme slug of another dataset, a stale authority
 * key), one parameter at a time, reporting each as the dashboard does instead of failing the page.
 * `check` throws QueryError for an unknown value (e.g. `engine.summary`).
 */
export function keepKnownFilters(state: DashboardState, check: (filters: Filters) => unknown): { state: DashboardState; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  let current = state;
  for (;;) {
    try {
      check(filtersOf(current));
      return { state: current, issues };
    } catch (error) {
      const param = isQueryError(error) && error.param in filterShape ? (error.param as keyof Filters) : undefined;
      // Only a filter can be dropped, once; anything else is a bug to surface (and this ends the loop).
      if (param === undefined || current[param] === EMPTY_STATE[param]) throw error;
      issues.push({ param, message: (error as QueryError).message.replace(`${param}: `, "") });
      current = { ...current, [param]: EMPTY_STATE[param] };
    }
  }
}

/**
 * The subtitle of a profile's header: the dashboard filters it applies besides its own entity
 * (`applied` from `engine.describe`), or a plain statement when there are none.
 */
export function contextSubtitle(applied: readonly AppliedFilter[], entityParam: ProfileEntity["param"], lang: Lang = "fr"): string {
  const text = labelsOf(lang).pages.profile;
  const others = applied.filter((filter) => filter.param !== entityParam);
  if (others.length === 0) return text.noOtherFilter;
  return text.otherFilters(others.map((filter) => filter.label).join(" · "));
}

/** The subtitle of a profile's charts: every filter they reflect, entity included, as the dashboard's charts say it. */
export function chartSubtitle(applied: readonly AppliedFilter[]): string {
  return applied.map((filter) => filter.label).join(" · ");
}
