import { UNKNOWN_COUNTRY_KEY } from "../keys";
import { splitShare } from "./group-by";
import type { QueryIndex } from "./build-index";
import type { IdLists } from "./dictionary";
import { type Filters, filtersSchema, parseParams } from "./params";
import { withSelection } from "./select";

/** Headline figures of the whole dataset (/api/meta's `counts`). Amounts are in euros. */
export interface Summary {
  partnerships: number;
  frenchAuthorities: number;
  foreignPartners: number;
  countries: number;
  totalAmount: number;
  /** Partnerships that declare at least one funding row. */
  fundedPartnerships: number;
  /** fundedPartnerships / partnerships, 0 when there is none. */
  coverage: number;
  /** Partnerships read from the real Atlas (as opposed to generated ones). */
  realPartnerships: number;
}

/** The headline figures of the partnerships a set of filters keeps. Amounts in euros. */
export interface FilteredSummary {
  partnerships: number;
  frenchAuthorities: number;
  /** Distinct régions (and overseas collectivities) of the French authorities of the partnerships. */
  frenchRegions: number;
  /** Distinct départements of the French authorities of the partnerships. */
  departements: number;
  foreignPartners: number;
  countries: number;
  amount: number;
  oudinAmount: number;
  coverage: { funded: number; partnerships: number; share: number };
}

/**
 * Distinct counts over the selected partnerships; amounts and coverage as /api/aggregate gives them
 * (its `total`, summed in the same order), in one pass over one selection.
 */
export function summarizeFilters(index: QueryIndex, filters: Filters): FilteredSummary {
  const noneCountry = index.dict.country.idOf(UNKNOWN_COUNTRY_KEY);
  return withSelection(index, filters, (selection) => {
    const split = filters.themeRule === "split" && selection.entryMatches !== null;
    const { rowStart, rowAmount, rowOudin } = index;
    let amount = 0;
    let oudinAmount = 0;
    for (const p of selection.matched) {
      let euros = 0;
      let oudin = 0;
      for (let r = rowStart[p]!; r < rowStart[p + 1]!; r += 1) {
        if (selection.rowSelected[r] !== 1) continue;
        euros += rowAmount[r]!;
        oudin += rowOudin[r]!;
      }
      const share = split ? splitShare(index, selection, p) : 1;
      amount += euros * share;
      oudinAmount += oudin * share;
    }
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
      frenchRegions: distinct(index.frenchRegion, index.dict.frenchRegion.size),
      departements: distinct(index.departement, index.dict.departement.size),
      foreignPartners: distinct(index.foreignPartner, index.dict.foreignPartner.size),
      countries: distinct(index.country, index.dict.country.size, noneCountry),
      amount,
      oudinAmount,
      coverage: {
        funded: selection.fundedCount,
        partnerships: selection.selectedCount,
        share: selection.selectedCount ? selection.fundedCount / selection.selectedCount : 0,
      },
    };
  });
}

const parsedNoFilter = parseParams(filtersSchema, new URLSearchParams());
if (!parsedNoFilter.ok) throw new Error(`the filters' defaults do not parse: ${parsedNoFilter.message}`);
const NO_FILTER: Filters = parsedNoFilter.value;

/** The whole dataset's figures: the query with no filter, plus how many records are real fiches. */
export function datasetSummary(index: QueryIndex): Summary {
  const all = summarizeFilters(index, NO_FILTER);
  return {
    partnerships: all.partnerships,
    frenchAuthorities: all.frenchAuthorities,
    foreignPartners: all.foreignPartners,
    countries: all.countries,
    totalAmount: all.amount,
    fundedPartnerships: all.coverage.funded,
    coverage: all.coverage.share,
    realPartnerships: index.realPartnerships,
  };
}
