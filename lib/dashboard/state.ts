import type { Filters } from "../query/params";
import { MAP_FRAMINGS, type MapFraming } from "../map/framing-names";
import { YEAR_PARAM, toSearchParams } from "../query/param-names";
import type { DashboardState } from "./state-parse";

export type { DashboardQuery, DashboardState } from "./state-parse";
/**
 * The dashboard's whole state, kept in its URL: the filters of the API plus how the view shows
 * them. Parsed the same way on the server (first paint) and in the browser (every change), by
 * ./state-parse.ts; this module holds what needs no parser, so that the browser's first load does
 * not carry zod.
 */
export const MAP_MEASURES = ["partnerships", "amount", "frenchAuthorities"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
export const MAP_MODES = ["choropleth", "circles"] as const;
export type MapMode = (typeof MAP_MODES)[number];
// Where the world map looks (lib/map/framing.ts): `world` (every country with data) or a region.
export { MAP_FRAMINGS, type MapFraming };
export const RANK_MEASURES = ["partnerships", "amount"] as const;
export type RankMeasure = (typeof RANK_MEASURES)[number];

const VIEW_DEFAULTS = { map: "partnerships", mapMode: "choropleth", mapView: "world", rank: "partnerships", france: "region" } as const;
const VIEW_KEYS = Object.keys(VIEW_DEFAULTS) as (keyof typeof VIEW_DEFAULTS)[];

/** The default state: no filter (what the dashboard's schema makes of an empty query; state.test.ts checks they agree). */
export const EMPTY_STATE: DashboardState = {
  country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [],
  themeScope: "main", yearMode: "active", themeRule: "main", map: "partnerships", mapMode: "choropleth", mapView: "world", rank: "partnerships", france: "region",
};

/**
 * A change of the state: the values to set, or a function of the state at the time of the change.
 * A function must be used when the new value depends on the old one (adding a country to a list):
 * two changes can come before the page redraws, and the second must build on the first.
 */
export type StatePatch = Partial<DashboardState> | ((current: DashboardState) => Partial<DashboardState>);

/** Applies a patch to a state. */
export function applyPatch(current: DashboardState, patch: StatePatch): DashboardState {
  return { ...current, ...(typeof patch === "function" ? patch(current) : patch) };
}

/** Updates the state (writes it to the URL); `replace` replaces the history entry instead of adding one. */
export type UpdateState = (patch: StatePatch, options?: { replace?: boolean }) => void;

/** The URL query of a state, canonical (sorted, defaults and the `panel` and `detail` pointers left out): equal views, equal URLs. */
export function dashboardQuery(state: DashboardState): string {
  const { panel: _panel, detail: _detail, detailSegment: _segment, detailPage: _page, ...values }: Record<string, unknown> = { ...state };
  for (const key of VIEW_KEYS) if (values[key] === VIEW_DEFAULTS[key]) delete values[key];
  // A one-year window is written `year=2015` (what the time slider moves), parsed back by parseParams.
  if (values.yearFrom !== undefined && values.yearFrom === values.yearTo) {
    values[YEAR_PARAM] = values.yearFrom;
    delete values.yearFrom;
    delete values.yearTo;
  }
  return toSearchParams(values).toString();
}

/** The filters alone (what the API takes), without the view's own settings. */
export function filtersOf(
  state: Filters & Partial<Pick<DashboardState, "map" | "mapMode" | "mapView" | "rank" | "france" | "panel" | "detail" | "detailSegment" | "detailPage">>,
): Filters {
  const { map: _map, mapMode: _mode, mapView: _view, rank: _rank, france: _france, panel: _panel, detail: _detail, detailSegment: _segment, detailPage: _page, ...filters } = state;
  return filters;
}

/** Whether any filter is active (view settings and filter modes aside). */
export function hasFilters(state: DashboardState): boolean {
  const { themeRule: _rule, themeScope: _scope, yearMode: _mode, ...rest } = filtersOf(state);
  return toSearchParams(rest).toString() !== "";
}
