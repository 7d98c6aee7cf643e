import { type Lang, labelsOf } from "../labels";
import type { AppliedFilter } from "../query/describe";
import type { Filters } from "../query/params";

/**
 * The filters of a view as lines "Name : values" ("Pays : Sénégal, Mali", "Années : à partir de
 * 2015, jusqu'en 2020"), in the order a heading reads them, plus the rules that change figures
 * when they are not the default (secondary themes, started partnerships, the theme rule).
 */
export function filtersInWords(applied: readonly AppliedFilter[], filters: Filters, lang: Lang = "fr"): string[] {
  const labels = labelsOf(lang);
  const byName = new Map<string, string[]>();
  for (const filter of applied) {
    const name = labels.filterNames[filter.param];
    byName.set(name, [...(byName.get(name) ?? []), filter.label]);
  }
  const { pair } = labels.dashboard;
  const lines = [...byName].map(([name, values]) => pair(name, values.join(", ")));
  if (filters.themeScope === "any") lines.push(pair(labels.filterNames.themeScope, labels.secondaryThemesIncluded));
  if (filters.yearMode === "started" && (filters.yearFrom !== undefined || filters.yearTo !== undefined)) {
    lines.push(pair(labels.filterNames.yearMode, labels.startedInPeriod));
  }
  if (filters.themeRule !== "main") lines.push(pair(labels.filterNames.themeRule, labels.themeRules[filters.themeRule]));
  return lines;
}
