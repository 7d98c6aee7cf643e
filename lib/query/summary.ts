import { aggregate } from "./aggregate";
import { type QueryIndex, UNKNOWN_COUNTRY } from "./build-index";
import type { IdLists } from "./dictionary";
import type { Filters } from "./params";
import { select } from "./select";

/** The headline figures of the partnerships a set of filters keeps. Amounts in euros. */
export interface FilteredSummary {
  partnerships: number;
  frenchAuthorities: number;
  foreignPartners: number;
  countries: number;
  amount: number;
  oudinAmount: number;
  coverage: { funded: number; partnerships: number; share: number };
}

/** Distinct counts over the selected partnerships; amounts and coverage as /api/aggregate gives them. */
export function summarizeFilters(index: QueryIndex, filters: Filters): FilteredSummary {
  const amount = aggregate(index, { ...filters, by: "financerCategory", measure: "amount" });
  const oudin = aggregate(index, { ...filters, by: "financerCategory", measure: "oudinAmount" });
  const selection = select(index, filters);
  const noneCountry = index.dict.country.idOf(UNKNOWN_COUNTRY);
  const distinct = (lists: IdLists, skip?: number) => {
    const seen = new Set<number>();
    for (let p = 0; p < index.count; p += 1) {
      if (selection.selected[p] !== 1) continue;
      for (let i = lists.offsets[p]!; i < lists.offsets[p + 1]!; i += 1) if (lists.ids[i] !== skip) seen.add(lists.ids[i]!);
    }
    return seen.size;
  };
  return {
    partnerships: selection.selectedCount,
    frenchAuthorities: distinct(index.authority),
    foreignPartners: distinct(index.foreignPartner),
    countries: distinct(index.country, noneCountry),
    amount: amount.total,
    oudinAmount: oudin.total,
    coverage: amount.coverage,
  };
}
