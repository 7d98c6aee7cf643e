import * as z from "zod/mini";
import { DETAIL_PATTERN, DETAIL_PATTERN_MESSAGE } from "../detail/state";
import { DASHBOARD_PANELS } from "../panels/dashboard-panels";
import { checkYears, filterShape, parseParams } from "../query/params";
import { FRENCH_AREA_LEVELS, type ParamIssue } from "../query/param-names";
import { EMPTY_STATE, MAP_FRAMINGS, MAP_MEASURES, MAP_MODES, RANK_MEASURES } from "./state";

/**
 * The parser of the dashboard's state (./state.ts) and of /api/dashboard's query: zod schemas,
 * which the browser loads after the first paint (lib/hooks/stateParse.ts).
 */

/**
 * Which number the "Détail" panel explains (lib/detail/state.ts): `detail=<source>:<key>`,
 * `detailSegment=<segment>` for one segment of a stacked year column, `detailPage=<n>` past page 1.
 */
const detailShape = {
  detail: z.optional(z.string().check(z.trim(), z.maxLength(240), z.regex(DETAIL_PATTERN, DETAIL_PATTERN_MESSAGE))),
  detailSegment: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
  detailPage: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
};

export const dashboardSchema = z
  .strictObject({
    ...filterShape,
    map: z._default(z.enum(MAP_MEASURES), "partnerships"),
    mapMode: z._default(z.enum(MAP_MODES), "choropleth"),
    // The world map's framing: how it is drawn, not what is counted (no request carries it).
    mapView: z._default(z.enum(MAP_FRAMINGS), "world"),
    rank: z._default(z.enum(RANK_MEASURES), "partnerships"),
    france: z._default(z.enum(FRENCH_AREA_LEVELS), "region"),
    // The panel a link points at (a view of a presentation: lib/presentation/views.ts): the page
    // scrolls to it. A pointer into the view, not part of it: dashboardQuery leaves it out, so the
    // filters' links and the first filter change drop it, as they would drop a #fragment.
    panel: z.optional(z.enum(DASHBOARD_PANELS)),
    // The number a "Détail" panel explains (lib/detail/state.ts): a pointer too, left out likewise.
    ...detailShape,
  })
  .check(z.superRefine(checkYears));
export type DashboardState = z.infer<typeof dashboardSchema>;

/**
 * The query of /api/dashboard: the filters and the view settings that change an answer (the
 * ranking measure of the top-ten panels, the France map's level). The maps' measure and mode only
 * change how the same figures are drawn, so they are not part of the request.
 */
export const dashboardQuerySchema = z
  .strictObject({ ...filterShape, rank: z._default(z.enum(RANK_MEASURES), "partnerships"), france: z._default(z.enum(FRENCH_AREA_LEVELS), "region") })
  .check(z.superRefine(checkYears));
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

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

