import type { compareFr } from "./fr-compare";

/** The English labels of the comparison of two selections (/comparer, lib/compare). */
export const compareEn: typeof compareFr = {
  title: "Compare two selections",
  intro: "Two sets of filters, side by side on the same axes: each selection's values, their difference and their ratio.",
  start: "Compare with…",
  side: { a: "Selection A", b: "Selection B" },
  short: { a: "A", b: "B" },
  sideHint: { a: "The filters of the first selection.", b: "The filters of the second selection." },
  swap: "Swap A and B",
  copyAToB: "Copy A to B",
  measureLabel: "Compare",
  measures: { amount: "the declared amounts", partnerships: "the number of partnerships" },
  measureNames: { amount: "Declared amount", partnerships: "Partnerships" },
  panels: {
    "compare-years": { amount: "Declared funding by year", partnerships: "Active partnerships by year" },
    "compare-themes": { amount: "Declared funding by theme", partnerships: "Partnerships by theme" },
    "compare-financer-categories": { amount: "Funding by funder category", partnerships: "Funded partnerships by funder category" },
    "compare-financers": { amount: "Main funders", partnerships: "Main funders (funded partnerships)" },
    "compare-countries": { amount: "Main partner countries (amounts)", partnerships: "Main partner countries (partnerships)" },
    "compare-authorities": { amount: "Main French local authorities (amounts)", partnerships: "Main French local authorities (partnerships)" },
  },
  columns: {
    // "Declared amount A": the measure first, as in French.
    value: (side, measure) => `${measure} ${side}`,
    partnerships: (side) => `Partnerships ${side}`,
    difference: "Difference (B − A)",
    ratio: "Ratio (B / A)",
  },
  noRatio: "—",
  coverage: (side, share, funded, partnerships) => `${side}: amounts known for ${share} of partnerships (${funded} of ${partnerships})`,
  caption: {
    times: (ratio, more) => `${ratio} times ${more ? "more" : "less"}`,
    same: "the same",
    widest: (label, difference) => `widest gap: ${label} (${difference})`,
    sameScope: (scope, side) => `${scope} (${side})`,
  },
  summary: {
    caption: "The two selections in figures",
    side: "Selection",
    partnerships: "Partnerships",
    amount: "Declared amount",
    coverage: "Share of partnerships with a declared amount",
  },
  noPanel:
    "a view of the comparison names its chart (panel=compare-years, compare-themes, compare-financer-categories, compare-financers, compare-countries or compare-authorities).",
  issues: (details) => `Part of the address was ignored: ${details}.`,
  empty: "Neither selection has any partnership here.",
  tableCaption: (title) => `${title}: values of selections A and B, difference and ratio`,
};
