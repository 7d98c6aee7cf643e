import { DEFAULT_LANG, type Lang, LANG_PARAM } from "../i18n/lang";
import { toSearchParams } from "../query/param-names";
import { type DashboardQuery, type DashboardState, filtersOf } from "./state";
import { singleYear } from "./time";

/** The API URL of a request: the one key builder of SWR hooks and of the server-side fallback. */
export function apiKey(path: string, params: Record<string, unknown>, lang: Lang = DEFAULT_LANG): string {
  // The language last, and only when not French: the French keys stay as they were.
  const search = toSearchParams(params);
  if (lang !== DEFAULT_LANG) search.append(LANG_PARAM, lang);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Which theme level the theme chart shows: the level below the deepest theme filter. */
export function themeLevel(state: Pick<DashboardState, "theme" | "subTheme">): "theme" | "subTheme" | "subSubTheme" {
  if (state.subTheme) return "subSubTheme";
  if (state.theme) return "subTheme";
  return "theme";
}

/**
 * The query of each aggregate panel for a state, as parameters: the filters plus the panel's own
 * breakdown. Both the panel's request (below) and its "Détail" (lib/detail/queries.ts) are built
 * from it, so that a detail explains exactly the figures drawn.
 */
export function panelQueries(state: Pick<DashboardState, keyof DashboardQuery>) {
  // The theme rule goes everywhere: under a theme filter, "split" changes every amount.
  const filters = filtersOf(state);
  // One year at a time (the time slider): the year chart shows every year, the chosen one
  // highlighted, so that the year is seen in its series; a range typed by the user still narrows it.
  const years = singleYear(state) === undefined ? filters : { ...filters, yearFrom: undefined, yearTo: undefined };
  return {
    // The map is a facet: it shows every country under the other filters, the chosen ones outlined.
    countries: { ...filters, country: [] },
    // The France map likewise: every area under the other filters, the chosen ones outlined.
    france: { ...filters, frenchRegion: [], departement: [], level: state.france },
    themes: { ...filters, by: themeLevel(state), measure: "amount" },
    financerCategories: { ...filters, by: "financerCategory", measure: "amount" },
    financers: { ...filters, by: "financer", measure: "amount", limit: 10 },
    years: { ...years, by: "year", measure: "amount", stack: "financerCategory" },
    activeYears: { ...years, by: "activeYear", measure: "partnerships" },
    topCountries: { ...filters, by: "country", measure: state.rank, limit: 10 },
    topAuthorities: { ...filters, by: "authority", measure: state.rank, limit: 10 },
  } as const;
}

/**
 * The parts of the dashboard's answer for a state: one per panel, and nothing the view does not
 * show, each the URL of the API request that answers it alone. /api/dashboard answers them all at
 * once, under these names, with the very bodies (and cache entries) of those requests.
 * The filters go to every panel; each panel adds its own breakdown.
 */
export function dashboardKeys(state: Pick<DashboardState, keyof DashboardQuery>, lang: Lang = DEFAULT_LANG) {
  const queries = panelQueries(state);
  return {
    summary: apiKey("/api/summary", filtersOf(state), lang),
    countries: apiKey("/api/countries", queries.countries, lang),
    france: apiKey("/api/french-areas", queries.france, lang),
    themes: apiKey("/api/aggregate", queries.themes, lang),
    financerCategories: apiKey("/api/aggregate", queries.financerCategories, lang),
    financers: apiKey("/api/aggregate", queries.financers, lang),
    years: apiKey("/api/aggregate", queries.years, lang),
    activeYears: apiKey("/api/aggregate", queries.activeYears, lang),
    topCountries: apiKey("/api/aggregate", queries.topCountries, lang),
    topAuthorities: apiKey("/api/aggregate", queries.topAuthorities, lang),
  };
}
export type DashboardKeys = ReturnType<typeof dashboardKeys>;

const DASHBOARD_API = "/api/dashboard";

/**
 * The dashboard's one request for a state. One request rather than one per panel: the browser opens
 * at most six connections, a filter change then re-renders once instead of once per answer, and the
 * panels change together.
 */
export function dashboardKey(state: Pick<DashboardState, keyof DashboardQuery>, lang: Lang = DEFAULT_LANG): string {
  return apiKey(DASHBOARD_API, { ...filtersOf(state), rank: state.rank === "partnerships" ? undefined : state.rank, france: state.france === "region" ? undefined : state.france }, lang);
}
