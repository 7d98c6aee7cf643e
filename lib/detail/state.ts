import { MEASURES } from "../query/param-names";

/**
 * Which number the "Détail" panel explains, kept in the dashboard's URL like every view's state:
 * `detail=<source>:<key>` (the row's key as /api/aggregate gives it: "DE", "2015", "others"…),
 * `detailSegment=<segment>` for one segment of a stacked year column, `detailPage=<n>` past page 1.
 * `summary:<measure>` is a headline tile: the whole selection under that measure, no row.
 * A link to an opened detail reopens it. Client-safe, no import of the dashboard's state (whose
 * schema, lib/dashboard/state-parse.ts, parses these parameters).
 */
export const DETAIL_SOURCES = [
  "themes", "financerCategories", "financers", "years", "activeYears", "topCountries", "topAuthorities", "map", "france", "summary",
] as const;
export type DetailSource = (typeof DETAIL_SOURCES)[number];

export interface Detail {
  source: DetailSource;
  key: string;
  segment?: string;
  page?: number;
}

const ROW_SOURCES = DETAIL_SOURCES.filter((source) => source !== "summary");
/** What `detail=` must match (lib/dashboard/state-parse.ts checks it). A tile's key is a measure: any other would name no number, and the panel would never load. */
export const DETAIL_PATTERN = new RegExp(`^((${ROW_SOURCES.join("|")}):.+|summary:(${MEASURES.join("|")}))$`);
export const DETAIL_PATTERN_MESSAGE = `must be <${ROW_SOURCES.join("|")}>:<key> or summary:<${MEASURES.join("|")}>`;

/** The URL parameters that hold the detail: what the dashboard's own links and API requests leave out. */
export const DETAIL_PARAMS = ["detail", "detailSegment", "detailPage"] as const;

/** The detail named by the URL's parameters (as the dashboard's schema parses them), if any. */
export function detailOf(state: { detail?: string; detailSegment?: string; detailPage?: number }): Detail | null {
  if (!state.detail) return null;
  const colon = state.detail.indexOf(":");
  const source = state.detail.slice(0, colon) as DetailSource;
  if (!(DETAIL_SOURCES as readonly string[]).includes(source)) return null;
  // The key is the rest, colons included: only the source's name is before the first one.
  const key = state.detail.slice(colon + 1);
  return { source, key, segment: state.detailSegment, page: state.detailPage && state.detailPage > 1 ? state.detailPage : undefined };
}

/** The URL parameters of a detail (none for null): what opening, paging and closing write. */
export function detailParams(detail: Detail | null): { detail?: string; detailSegment?: string; detailPage?: number } {
  if (!detail) return { detail: undefined, detailSegment: undefined, detailPage: undefined };
  return {
    detail: `${detail.source}:${detail.key}`,
    detailSegment: detail.segment,
    detailPage: detail.page && detail.page > 1 ? detail.page : undefined,
  };
}

/** The same number, whatever the page: which button opened it, where the focus goes back. */
export const detailId = (detail: Pick<Detail, "source" | "key" | "segment">): string =>
  `${detail.source}:${detail.key}${detail.segment ? `:${detail.segment}` : ""}`;
