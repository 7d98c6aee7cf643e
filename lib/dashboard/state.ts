import { z } from "zod";
import { detailShape } from "../detail/state";
import { DASHBOARD_PANELS } from "../panels/dashboard-panels";
import { FRENCH_AREA_LEVELS, type Filters, type ParamIssue, YEAR_PARAM, checkYears, filterShape, parseParams, toSearchParams } from "../query/params";

/**
 * The dashboard's whole state, kept in its URL: the filters of the API plus how the view shows
 * them. Parsed the same way on the server (first paint) and in the browser (every change).
 */
export const MAP_MEASURES = ["partnerships", "amount", "frenchAuthorities"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
const MAP_MODES = ["choropleth", "circles"] as const;
export type MapMode = (typeof MAP_MODES)[number];
const RANK_MEASURES = ["partnerships", "amount"] as const;
export type RankMeasure = (typeof RANK_MEASURES)[number];

export const dashboardSchema = z
  .object({
    ...filterShape,
    map: z.enum(MAP_MEASURES).default("partnerships"),
    mapMode: z.enum(MAP_MODES).default("choropleth"),
    rank: z.enum(RANK_MEASURES).default("partnerships"),
    france: z.enum(FRENCH_AREA_LEVELS).default("region"),
    // The panel a link points at (a view of a presentation: lib/presentation/views.ts): the page
    // scrolls to it. A pointer into the view, not part of it: dashboardQuery leaves it out, so the
    // filters' links and the first filter change drop it, as they would drop a #fragment.
    panel: z.enum(DASHBOARD_PANELS).optional(),
    // The number a "Détail" panel explains (lib/detail/state.ts): a pointer too, left out likewise.
    ...detailShape,
  })
  .strict()
  .superRefine(checkYears);
export type DashboardState = z.infer<typeof dashboardSchema>;

/**
 * The query of /api/dashboard: the filters and the view settings that change an answer (the
 * ranking measure of the top-ten panels, the France map's level). The maps' measure and mode only
 * change how the same figures are drawn, so they are not part of the request.
 */
export const dashboardQuerySchema = z
  .object({ ...filterShape, rank: z.enum(RANK_MEASURES).default("partnerships"), france: z.enum(FRENCH_AREA_LEVELS).default("region") })
  .strict()
  .superRefine(checkYears);
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const VIEW_DEFAULTS = { map: "partnerships", mapMode: "choropleth", rank: "partnerships", france: "region" } as const;
const VIEW_KEYS = Object.keys(VIEW_DEFAULTS) as (keyof typeof VIEW_DEFAULTS)[];

/** The default state: no filter. */
export const EMPTY_STATE: DashboardState = dashboardSchema.parse({
  country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [],
});

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

/**
 * Reads the state from a URL's parameters. A bad parameter is dropped and reported (the page shows
 * which one and why) instead of breaking the whole view.
 */
export function parseDashboardState(params: URLSearchParams): { state: DashboardState; issues: ParamIssue[] } {
  const parsed = parseParams(dashboardSchema, params);
  if (parsed.ok) return { state: parsed.value, issues: [] };
  const bad = new Set(parsed.issues.map((issue) => issue.param));
  const kept = new URLSearchParams([...params].filter(([name]) => !bad.has(name)));
  const retry = parseParams(dashboardSchema, kept);
  return { state: retry.ok ? retry.value : EMPTY_STATE, issues: parsed.issues };
}

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
  state: Filters & Partial<Pick<DashboardState, "map" | "mapMode" | "rank" | "france" | "panel" | "detail" | "detailSegment" | "detailPage">>,
): Filters {
  const { map: _map, mapMode: _mode, rank: _rank, france: _france, panel: _panel, detail: _detail, detailSegment: _segment, detailPage: _page, ...filters } = state;
  return filters;
}

/** Whether any filter is active (view settings and filter modes aside). */
export function hasFilters(state: DashboardState): boolean {
  const { themeRule: _rule, themeScope: _scope, yearMode: _mode, ...rest } = filtersOf(state);
  return toSearchParams(rest).toString() !== "";
}
