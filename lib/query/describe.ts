import { FINANCER_CATEGORY_LABELS } from "../financers";
import type { QueryIndex } from "./build-index";
import { AUTHORITY_KIND_LABELS, STATUS_LABELS } from "./build-index";
import type { Filters } from "./params";

/** One active filter, for chips and headings: removing it means deleting `value` from `param`. */
export interface AppliedFilter {
  param: keyof Filters;
  value: string;
  label: string;
}

/** French labels of the active filters, in the order a heading reads them. */
export function describeFilters(index: QueryIndex, filters: Filters): AppliedFilter[] {
  const { dict } = index;
  const label = (d: { idOf(key: string): number | undefined; labels: string[] }, key: string) => {
    const id = d.idOf(key);
    return id === undefined ? key : d.labels[id]!;
  };
  const applied: AppliedFilter[] = [];
  const add = (param: keyof Filters, value: string, text: string) => applied.push({ param, value, label: text });
  for (const code of filters.country) add("country", code, label(dict.country, code));
  for (const key of filters.region) add("region", key, label(dict.region, key));
  if (filters.theme) add("theme", filters.theme, label(dict.theme, filters.theme));
  if (filters.subTheme) add("subTheme", filters.subTheme, label(dict.subTheme, filters.subTheme));
  if (filters.subSubTheme) add("subSubTheme", filters.subSubTheme, label(dict.subSubTheme, filters.subSubTheme));
  for (const key of filters.financerCategory) add("financerCategory", key, FINANCER_CATEGORY_LABELS[key]);
  for (const key of filters.financer) add("financer", key, label(dict.financer, key));
  if (filters.status) add("status", filters.status, STATUS_LABELS[filters.status]);
  if (filters.form) add("form", filters.form, label(dict.form, filters.form));
  for (const key of filters.authority) add("authority", key, label(dict.authority, key));
  for (const kind of filters.authorityKind) add("authorityKind", kind, AUTHORITY_KIND_LABELS[kind]);
  for (const code of filters.departement) add("departement", code, `${label(dict.departement, code)} (${code})`);
  for (const code of filters.frenchRegion) add("frenchRegion", code, label(dict.frenchRegion, code));
  if (filters.yearFrom !== undefined) add("yearFrom", String(filters.yearFrom), `à partir de ${filters.yearFrom}`);
  if (filters.yearTo !== undefined) add("yearTo", String(filters.yearTo), `jusqu'en ${filters.yearTo}`);
  if (filters.q) add("q", filters.q, `« ${filters.q} »`);
  return applied;
}
