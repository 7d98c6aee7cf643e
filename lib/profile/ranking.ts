import { OTHERS_KEY, isGroupKey } from "../keys";
import type { AggregateRow } from "../query/aggregate";

/** One row of a profile's ranking table: partnerships and declared amount (euros) of a group. */
export interface RankingRow {
  key: string;
  label: string;
  partnerships: number;
  amount: number;
}

/**
 * The first `limit` groups by number of partnerships, each with its amount from the same breakdown
 * by amount. The "others" row of a limited breakdown is left out; "Non renseigné" stays (it is data),
 * ranked like any group.
 */
export function rankByPartnerships(byPartnerships: readonly AggregateRow[], byAmount: readonly AggregateRow[], limit: number): RankingRow[] {
  const amounts = new Map(byAmount.map((row) => [row.key, row.value]));
  return byPartnerships
    .filter((row) => row.key !== OTHERS_KEY)
    .slice(0, limit)
    .map((row) => ({ key: String(row.key), label: row.label, partnerships: row.partnerships, amount: amounts.get(row.key) ?? 0 }));
}

/** Whether a ranking key names a real group (not "Non renseigné"), i.e. one that can be linked to. */
export const isLinkable = (key: string) => isGroupKey(key);
