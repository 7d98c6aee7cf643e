import { countryName } from "../countries";
import { themeName } from "../i18n/theme-names";
import { type Lang, labelsOf } from "../labels";
import type { QueryIndex } from "./build-index";
import type { Filters } from "./params";

/** One active filter, for chips and headings: removing it means deleting `value` from `param`. */
export interface AppliedFilter {
  param: keyof Filters;
  value: string;
  label: string;
}

/** Labels of the active filters, in the order a heading reads them. */
export function describeFilters(index: QueryIndex, filters: Filters, lang: Lang = "fr"): AppliedFilter[] {
  const { dict } = index;
  const labels = labelsOf(lang);
  const label = (d: { idOf(key: string): number | undefined; labels: string[] }, key: string) => {
    const id = d.idOf(key);
    return id === undefined ? key : d.labels[id]!;
  };
  const applied: AppliedFilter[] = [];
  const add = (param: keyof Filters, value: string, text: string) => applied.push({ param, value, label: text });
  // A country the dataset does not hold is still named (a filter on it is valid: it selects nothing).
  for (const code of filters.country) add("country", code, countryName(code, lang, dict.country.idOf(code) === undefined ? undefined : label(dict.country, code)));
  for (const key of filters.region) add("region", key, labels.worldRegions[key]);
  // The dataset names themes in French; the translation table names them in English.
  if (filters.theme) add("theme", filters.theme, themeName(label(dict.theme, filters.theme), lang));
  if (filters.subTheme) add("subTheme", filters.subTheme, themeName(label(dict.subTheme, filters.subTheme), lang));
  if (filters.subSubTheme) add("subSubTheme", filters.subSubTheme, themeName(label(dict.subSubTheme, filters.subSubTheme), lang));
  for (const key of filters.financerCategory) add("financerCategory", key, labels.financerCategories[key]);
  for (const key of filters.financer) add("financer", key, label(dict.financer, key));
  if (filters.status) add("status", filters.status, labels.statuses[filters.status]);
  if (filters.form) add("form", filters.form, label(dict.form, filters.form));
  for (const key of filters.authority) add("authority", key, label(dict.authority, key));
  for (const kind of filters.authorityKind) add("authorityKind", kind, labels.authorityKinds[kind]);
  for (const code of filters.departement) add("departement", code, `${label(dict.departement, code)} (${code})`);
  for (const code of filters.frenchRegion) add("frenchRegion", code, label(dict.frenchRegion, code));
  if (filters.yearFrom !== undefined) add("yearFrom", String(filters.yearFrom), labels.yearFrom(filters.yearFrom));
  if (filters.yearTo !== undefined) add("yearTo", String(filters.yearTo), labels.yearTo(filters.yearTo));
  if (filters.q) add("q", filters.q, labels.quoted(filters.q));
  return applied;
}
