import { type DashboardState, EMPTY_STATE, dashboardQuery } from "../dashboard/state";
import { listHref } from "../pages/links";
import { DEFAULT_LIST_OPTIONS, type ListOptions } from "./params";
import { type SortKey, nextSort } from "./sort";

/**
 * Links within the list: each keeps the dashboard query (filters and view) and the list's options,
 * defaults left out and parameters sorted, so that equal views have equal URLs.
 */
function listParams(query: string, options: ListOptions): URLSearchParams {
  const params = new URLSearchParams(query);
  for (const name of ["sort", "page", "pageSize"] as const) {
    if (options[name] !== DEFAULT_LIST_OPTIONS[name]) params.set(name, String(options[name]));
  }
  params.sort();
  return params;
}

/** The list with a dashboard query and options. */
export const listPageHref = (query: string, options: ListOptions): string => listHref(listParams(query, options).toString());

/** A column header's link: the next sort of that column, back to page 1 (the old page means nothing in a new order). */
export const sortHref = (query: string, options: ListOptions, key: SortKey): string =>
  listPageHref(query, { ...options, sort: nextSort(options.sort, key), page: 1 });

/** Another page of the same list. */
export const pageHref = (query: string, options: ListOptions, page: number): string => listPageHref(query, { ...options, page });

/** The parameters of the whole list's export: the filters and the order, no page (lib/downloads/urls.ts). */
export const listExportQuery = (query: string, options: ListOptions): string =>
  listParams(query, { ...options, page: DEFAULT_LIST_OPTIONS.page, pageSize: DEFAULT_LIST_OPTIONS.pageSize }).toString();

/** The same list with another page size, from page 1. */
export const pageSizeHref = (query: string, options: ListOptions, pageSize: number): string =>
  listPageHref(query, { ...options, pageSize, page: 1 });

/**
 * The hidden fields of the search form: every parameter but `q` (the form's own field) and `page`
 * (a new search starts at page 1). A GET form replaces the whole query, so these carry the rest.
 */
export function searchHiddenFields(query: string, options: ListOptions): [name: string, value: string][] {
  const params = listParams(query, { ...options, page: 1 });
  params.delete("q");
  return [...params];
}

/** The dashboard query without any filter, keeping the view's settings (map, ranking). */
export function noFiltersQuery(state: DashboardState): string {
  const { map, mapMode, mapView, rank } = state;
  return dashboardQuery({ ...EMPTY_STATE, map, mapMode, mapView, rank });
}

/** The dashboard query without the text search. */
export const noSearchQuery = (state: DashboardState): string => dashboardQuery({ ...state, q: undefined });
