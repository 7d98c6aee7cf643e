import { aggregate } from "./aggregate";
import { type QueryIndex, UNKNOWN_COUNTRY } from "./build-index";
import type { IdLists } from "./dictionary";
import type { Filters } from "./params";
import { withSelection } from "./select";

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
  const noneCountry = index.dict.country.idOf(UNKNOWN_COUNTRY);
  return withSelection(index, filters, (selection) => {
    const distinct = (lists: IdLists, size: number, skip?: number) => {
      const seen = new Uint8Array(size);
      let count = 0;
      for (const p of selection.matched) {
        if (selection.selected[p] !== 1) continue;
        for (let i = lists.offsets[p]!; i < lists.offsets[p + 1]!; i += 1) {
          const id = lists.ids[i]!;
          if (id !== skip && seen[id] === 0) {
            seen[id] = 1;
            count += 1;
          }
        }
      }
      return count;
    };
    return {
      partnerships: selection.selectedCount,
      frenchAuthorities: distinct(index.authority, index.dict.authority.size),
      foreignPartners: distinct(index.foreignPartner, index.dict.foreignPartner.size),
      countries: distinct(index.country, index.dict.country.size, noneCountry),
      amount: amount.total,
      oudinAmount: oudin.total,
      coverage: amount.coverage,
    };
  });
}
