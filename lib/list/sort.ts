import { type Lang, labelsOf } from "../labels";
import type { Sort } from "../query/params";

/** The columns the list can be sorted by. */
const SORT_KEYS = ["title", "startYear", "country", "amount"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** As in the `aria-sort` attribute. */
export type SortDirection = "ascending" | "descending";

// The first click on a column gives its most useful order: texts A→Z, years and amounts largest first.
const FIRST_DIRECTION: Record<SortKey, SortDirection> = { title: "ascending", country: "ascending", startYear: "descending", amount: "descending" };

const toSort = (key: SortKey, direction: SortDirection) => (direction === "descending" ? `-${key}` : key) as Sort;

/** The column a sort orders by. */
export const sortKeyOf = (sort: Sort): SortKey => sort.replace(/^-/, "") as SortKey;

/** The direction of `sort` if it orders by `key`, undefined otherwise (for `aria-sort`). */
export function sortDirectionOf(sort: Sort, key: SortKey): SortDirection | undefined {
  if (sortKeyOf(sort) !== key) return undefined;
  return sort.startsWith("-") ? "descending" : "ascending";
}

/** The sort a column's header link leads to: the other direction on the active column, the column's first direction elsewhere. */
export function nextSort(current: Sort, key: SortKey): Sort {
  const direction = sortDirectionOf(current, key);
  if (direction === undefined) return toSort(key, FIRST_DIRECTION[key]);
  return toSort(key, direction === "ascending" ? "descending" : "ascending");
}

/** The order of a sort in words ("par titre, de A à Z"), for the table's caption and the sort links. */
export function describeSort(sort: Sort, lang: Lang = "fr"): string {
  const key = sortKeyOf(sort);
  const labels: Record<SortKey, Record<SortDirection, string>> = labelsOf(lang).pages.list.sorts;
  return labels[key][sortDirectionOf(sort, key)!];
}
