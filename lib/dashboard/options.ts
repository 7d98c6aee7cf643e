import type { DatasetMetaResponse } from "../query/engine";

/** What the filter controls list, taken from /api/meta once per dataset (no per-filter request). */
export type FilterOptions = Pick<
  DatasetMetaResponse,
  "themes" | "countries" | "regions" | "financerCategories" | "statuses" | "forms" | "years"
>;

export function filterOptionsOf(meta: DatasetMetaResponse): FilterOptions {
  const { themes, countries, regions, financerCategories, statuses, forms, years } = meta;
  return { themes, countries, regions, financerCategories, statuses, forms, years };
}
