import { nounFor } from "./en-shape";
import type { explainFr } from "./fr-explain";

/**
 * The English labels of "Explain this number" (/api/explain, /export/detail.csv): the sentences
 * that say what a contribution is and how shares apply, and the CSV's title and headers.
 */
export const explainEn: typeof explainFr = {
  breakdowns: {
    theme: "theme",
    subTheme: "sub-theme",
    subSubTheme: "sub-sub-theme",
    financer: "funder",
    financerCategory: "funder category",
    year: "funding year",
    startYear: "start year",
    activeYear: "year of activity",
    country: "partner country",
    region: "world region",
    authority: "French local authority",
    departement: "department",
    frenchRegion: "French region",
    status: "status",
    form: "form of partnership",
  },
  contribution: {
    amount:
      "Contribution: amount of the funding rows that the filters keep (funders, years), in euros. Partnerships with no amount in the row are not listed.",
    oudinAmount:
      "Contribution: Oudin law (1% for water) amount of the funding rows that the filters keep (funders, years), in euros. Partnerships with no amount in the row are not listed.",
    partnerships: "Contribution: 1 per partnership counted.",
    frenchAuthorities:
      "Contribution: number of French local authorities counted through the partnership. Each local authority counts once, at the first partnership that brings it in, by start year (unknown last) then in the order of the data; later partnerships that also bring it in count 0 for it.",
    foreignPartners:
      "Contribution: number of foreign partners counted through the partnership. Each partner counts once, at the first partnership that brings it in, by start year (unknown last) then in the order of the data; later partnerships that also bring it in count 0 for it.",
  },
  selection: "The whole selection",
  wholeSelection:
    "The number is that of the whole selection (the key figures): each partnership counts once, whatever its themes or countries.",
  rowFunding: "Only the funding rows of this group count.",
  activeYears: "A partnership counts for each year of the row in which it is active.",
  split: "“Amount split between the themes” rule: a partnership with n themes gives 1/n to each; the share applied is that of the row's themes.",
  splitFilter:
    "“Amount split between the themes” rule: only the share of the partnership's themes that the theme filter keeps counts (share applied).",
  full: "“Full amount under each theme” rule: the partnership's full amount counts under each of its themes.",
  others: (count) =>
    `“Others (${count})” gathers ${count} groups and is the sum of their values: a partnership found in several of these groups contributes to each of them.`,
  csv: {
    title: (row, measure) => `Details of “${row}”: ${measure}`,
    caption: (partnerships, value) =>
      `${partnerships} ${nounFor(partnerships, "partnership, whose contribution is", "partnerships, whose contributions add up to")} ${value}, the row's value`,
    row: (breakdown, row) => `Row: ${breakdown} “${row}”`,
    segment: (segment) => `Segment: ${segment}`,
    selection: "Number: the whole selection (key figures), with no breakdown",
    columns: {
      id: "ID",
      title: "Title",
      countries: "Partner countries",
      startYear: "Start year",
      groups: "Groups",
      financer: "Funder",
      category: "Funder category",
      year: "Funding year",
      amount: "Row amount (€)",
      share: "Share applied",
      counted: "Counted here",
      notCounted: "Already counted by an earlier partnership",
      contribution: "Contribution",
      euros: "Contribution (€)",
      url: "Page URL",
    },
    total: "Total",
  },
};
