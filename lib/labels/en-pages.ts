import { ficheEn } from "./en-fiche";
import { listEn } from "./en-list";
import { profileEn } from "./en-profile";
import type { pagesFr } from "./fr-pages";

/** The English labels of the drill-down pages. */
export const pagesEn: typeof pagesFr = {
  list: listEn,
  fiche: ficheEn,
  profile: profileEn,
  breadcrumb: { label: "you are here:", dashboard: "Dashboard" },
  demoBanner: {
    title: "Demonstration data",
    text: (real: string) =>
      `These figures are generated in the likeness of the Atlas (scale, countries, themes, amounts): they are not the real Atlas's. Only ${real} real records are included.`,
    link: "More about the data",
  },
  dataset: (description: string) => `Dataset: ${description}.`,
  updated: (date: string) => `Updated on ${date}.`,
  updatedVersion: (date: string, version: string) => `Updated on ${date} (version ${version}).`,
  data: {
    title: "The data",
    description: "Origin, coverage and limits of the data of the decentralised cooperation dashboard.",
    caption: "What the dataset holds",
    rows: {
      partnerships: "Partnerships",
      real: "of which real Atlas fiches",
      frenchAuthorities: "French local authorities",
      foreignPartners: "Foreign partners",
      countries: "Partner countries",
      amount: "Declared funding",
      coverage: "Partnerships declaring funding",
    },
    howTo: "How to read the figures",
    notes: [
      "Amounts are declared by the authorities themselves and often missing: each total gives the share of partnerships whose amount is known.",
      "Funding counts for the year of its funding row; a partnership counts for a period if it was active in it (started before its end, ended after its start or still ongoing).",
      "A partnership with several themes counts, as chosen, for its main theme only, for an equal share of each, or in full under each (the sums then exceed the total).",
    ],
  },
  notFound: {
    title: "Page not found",
    text: "The address asked for matches no page of this dashboard.",
    dashboard: "Dashboard",
    list: "All partnerships",
  },
  error: {
    title: "This page could not be shown",
    unexpected: "An unexpected error occurred.",
    reference: (digest: string) => ` (reference ${digest})`,
    retry: "Try again",
  },
};
