import type { AppliedFilter } from "../query/describe";
import type { Filters } from "../query/params";
import type { FilterOptions } from "./options";
import { type Labels, labelsOf } from "../labels";
import { type DashboardState, filtersOf } from "./state";
import { singleYear } from "./time";

export interface Chip {
  param: keyof Filters;
  value: string;
  label: string;
}

const ARRAY_PARAMS = ["country", "region", "financerCategory", "financer", "authority", "authorityKind", "departement", "frenchRegion"] as const;
const SINGLE_PARAMS = ["theme", "subTheme", "subSubTheme", "status", "form", "yearFrom", "yearTo", "q"] as const;

/**
 * The active filters as removable chips, labelled from the filter options when the browser has
 * them and from the server's labels (authorities, financers) otherwise, so that a chip never waits
 * for the next answer to show.
 */
export function chipsOf(state: DashboardState, options: FilterOptions, serverLabels: readonly AppliedFilter[], labels: Labels = labelsOf()): Chip[] {
  const filters = filtersOf(state);
  const known = new Map<string, string>();
  const remember = (param: string, value: string, label: string) => known.set(`${param}=${value}`, label);
  for (const applied of serverLabels) remember(applied.param, applied.value, applied.label);
  for (const c of options.countries) remember("country", c.code, c.name);
  for (const r of options.regions) remember("region", r.key, r.label);
  for (const c of options.financerCategories) remember("financerCategory", c.key, c.label);
  for (const s of options.statuses) remember("status", s.key, s.label);
  for (const t of options.themes) {
    remember("theme", t.key, t.label);
    for (const s of t.subThemes) {
      remember("subTheme", s.key, s.label);
      for (const ss of s.subSubThemes) remember("subSubTheme", ss.key, ss.label);
    }
  }
  const label = (param: string, value: string) => known.get(`${param}=${value}`) ?? value;
  const chips: Chip[] = [];
  const year = singleYear(filters);
  for (const param of SINGLE_PARAMS) {
    const value = filters[param];
    if (value === undefined) continue;
    // A one-year window is one chip ("actifs en 2015"), removed whole.
    if (year !== undefined && (param === "yearFrom" || param === "yearTo")) {
      if (param === "yearFrom") chips.push({ param, value: String(year), label: labels.time.chip(year, filters.yearMode) });
      continue;
    }
    const text = param === "yearFrom" ? labels.yearFrom(Number(value)) : param === "yearTo" ? labels.yearTo(Number(value)) : param === "q" ? labels.quoted(String(value)) : label(param, String(value));
    chips.push({ param, value: String(value), label: text });
  }
  for (const param of ARRAY_PARAMS) for (const value of filters[param]) chips.push({ param, value, label: label(param, value) });
  return chips;
}

/** The state without one chip's filter (a theme takes its sub-levels along). */
export function withoutChip(state: DashboardState, chip: Chip): Partial<DashboardState> {
  if ((ARRAY_PARAMS as readonly string[]).includes(chip.param)) {
    return { [chip.param]: (state[chip.param as (typeof ARRAY_PARAMS)[number]] as string[]).filter((v) => v !== chip.value) };
  }
  if (chip.param === "theme") return { theme: undefined, subTheme: undefined, subSubTheme: undefined };
  if (chip.param === "subTheme") return { subTheme: undefined, subSubTheme: undefined };
  if (chip.param === "yearFrom" && singleYear(state) !== undefined) return { yearFrom: undefined, yearTo: undefined };
  return { [chip.param]: undefined };
}
