import { explainCsvHref } from "../downloads/urls";
import { apiKey, panelQueries } from "../dashboard/queries";
import { type DashboardQuery, type DashboardState, filtersOf } from "../dashboard/state";
import type { Lang } from "../i18n/lang";
import { toSearchParams } from "../query/param-names";
import type { Detail } from "./state";

/** Rows per page of the panel: /api/explain's page size. */
export const DETAIL_PAGE_SIZE = 20;

type StateQuery = Pick<DashboardState, keyof DashboardQuery | "map">;

/**
 * The /api/aggregate parameters behind a detail's number: the very query of the panel it was
 * clicked on (lib/dashboard/queries.ts), so that the explanation's sum is the number drawn. The
 * map draws /api/countries, which is the breakdown by country under the map's measure.
 */
export function aggregateParamsOf(state: StateQuery, detail: Pick<Detail, "source">): Record<string, unknown> | null {
  const queries = panelQueries(state);
  switch (detail.source) {
    case "map":
      return { ...queries.countries, by: "country", measure: state.map };
    case "france": {
      // The France map draws /api/french-areas: the breakdown by région or département.
      const { level, ...filters } = queries.france;
      return { ...filters, by: level === "region" ? "frenchRegion" : "departement", measure: state.map };
    }
    case "summary":
      // No breakdown: explainParamsOf asks for the whole selection.
      return null;
    default:
      return queries[detail.source];
  }
}

/** The parameters of /api/explain for a detail (page 1 left out, as the API's default). */
export function explainParamsOf(state: StateQuery, detail: Detail): Record<string, unknown> | null {
  // A headline tile: /api/summary's filters and the tile's measure, no breakdown nor key.
  if (detail.source === "summary") return { ...filtersOf(state), measure: detail.key, page: pageOf(detail), pageSize: DETAIL_PAGE_SIZE };
  const query = aggregateParamsOf(state, detail);
  if (!query) return null;
  return {
    ...query,
    key: detail.key,
    segment: detail.segment,
    page: pageOf(detail),
    pageSize: DETAIL_PAGE_SIZE,
  };
}

const pageOf = (detail: Detail): number | undefined => (detail.page && detail.page > 1 ? detail.page : undefined);

/** The /api/explain URL of a detail's page: the SWR key of the panel. */
export function explainKeyOf(state: StateQuery, detail: Detail, lang: Lang = "fr"): string | null {
  const params = explainParamsOf(state, detail);
  return params ? apiKey("/api/explain", params, lang) : null;
}

/** The CSV of a detail (every row, whatever the page shown). */
export function explainCsvOf(state: StateQuery, detail: Detail): string | null {
  const params = explainParamsOf(state, { ...detail, page: undefined });
  if (!params) return null;
  const { pageSize: _pageSize, ...rest } = params;
  return explainCsvHref(toSearchParams(rest).toString());
}
