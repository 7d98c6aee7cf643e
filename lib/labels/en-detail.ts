import { nounFor, type Widen } from "./en-shape";
import type { detailFr } from "./fr-detail";

/** The English labels of the "Détail" panel (components/detail), which explains a number of the dashboard. */
export const detailEn = {
  button: "Details",
  buttonLabel: (label, value) => `Details: ${label} — ${value}`,
  title: (label, value) => `Details: ${label} — ${value}`,
  loadingTitle: "Details",
  loading: "Loading the details…",
  close: "Close",
  error: (message) => `The details could not be loaded: ${message}`,
  segment: (segment) => `Segment: ${segment}`,
  caption: (from, to, total) => `Partnerships ${from} to ${to} of ${total}, by decreasing contribution`,
  empty: "No partnership contributes to this number.",
  columns: {
    title: "Partnership",
    startYear: "Start",
    countries: "Countries",
    funding: "Funding rows (funder, year, amount, share applied)",
    counted: "Counted here",
    contribution: "Contribution",
  },
  funding: (financer, year, amount, share) => `${financer}, ${year}: ${amount} × ${share}`,
  unknownYear: "unknown year",
  alreadyCounted: (names) => `already counted: ${names}`,
  total: (sum, equal) => (equal ? `Total: ${sum} = the chart's number` : `Total: ${sum} (the chart's number differs: please report it)`),
  totalAmount: (sum, equal) => (equal ? `Total: ${sum} = the chart's amount` : `Total: ${sum} (the chart's amount differs: please report it)`),
  totalTile: (sum, equal) => (equal ? `Total: ${sum} = the key figure` : `Total: ${sum} (the key figure differs: please report it)`),
  count: (total) => `${total} ${nounFor(total, "partnership contributes", "partnerships contribute")} to this number.`,
  notes: "How this number is calculated",
  pagination: "Pages of the details",
  previous: "Previous page",
  next: "Next page",
  pageOf: (page, count) => `Page ${page} of ${count}`,
  csv: "Export as CSV",
  csvDetail: "all rows, CSV",
  units: {
    partnerships: "partnerships",
    frenchAuthorities: "French local authorities",
    foreignPartners: "foreign partners",
  },
} satisfies Widen<typeof detailFr>;
