import { toSearchParams } from "../query/params";
import { type DashboardState, filtersOf } from "./state";

/** The API URL of a request: the one key builder of SWR hooks and of the server-side fallback. */
export function apiKey(path: string, params: Record<string, unknown>): string {
  const query = toSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

/** Which theme level the theme chart shows: the level below the deepest theme filter. */
export function themeLevel(state: DashboardState): "theme" | "subTheme" | "subSubTheme" {
  if (state.subTheme) return "subSubTheme";
  if (state.theme) return "subTheme";
  return "theme";
}

/**
 * Every request the dashboard makes for a state: one per panel, and nothing the view does not show.
 * The filters go to every panel; each panel adds its own breakdown.
 */
export function dashboardKeys(state: DashboardState) {
  // The theme rule goes everywhere: under a theme filter, "split" changes every amount.
  const filters = filtersOf(state);
  return {
    summary: apiKey("/api/summary", filters),
    // The map is a facet: it shows every country under the other filters, the chosen ones outlined.
    countries: apiKey("/api/countries", { ...filters, country: [] }),
    themes: apiKey("/api/aggregate", { ...filters, by: themeLevel(state), measure: "amount" }),
    financerCategories: apiKey("/api/aggregate", { ...filters, by: "financerCategory", measure: "amount" }),
    financers: apiKey("/api/aggregate", { ...filters, by: "financer", measure: "amount", limit: 10 }),
    years: apiKey("/api/aggregate", { ...filters, by: "year", measure: "amount", stack: "financerCategory" }),
    activeYears: apiKey("/api/aggregate", { ...filters, by: "activeYear", measure: "partnerships" }),
    topCountries: apiKey("/api/aggregate", { ...filters, by: "country", measure: state.rank, limit: 10 }),
    topAuthorities: apiKey("/api/aggregate", { ...filters, by: "authority", measure: state.rank, limit: 10 }),
  };
}
export type DashboardKeys = ReturnType<typeof dashboardKeys>;
