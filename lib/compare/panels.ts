/**
 * The comparison's panels by the names their export URLs use (`/export/compare-themes.csv?a.…&b.…`),
 * apart from the dashboard's own so that a name says which page (and which parameters) it reads.
 */
export const COMPARE_PANELS = [
  "compare-years",
  "compare-themes",
  "compare-financer-categories",
  "compare-financers",
  "compare-countries",
  "compare-authorities",
] as const;
export type ComparePanel = (typeof COMPARE_PANELS)[number];

export const isComparePanel = (name: string): name is ComparePanel => (COMPARE_PANELS as readonly string[]).includes(name);

/** Id of each panel's element on /comparer: the target of its links. */
export const compareAnchor = (panel: ComparePanel): string => panel;
