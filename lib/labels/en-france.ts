import type { MapMeasure } from "../map/measures";
import type { FrenchAreaLevel } from "../query/params";
import { nounFor } from "./en-shape";
import type { franceFr } from "./fr-france";

const LEVELS = { region: "region", departement: "department" } as const satisfies Record<FrenchAreaLevel, string>;
const MEASURES = {
  partnerships: "number of partnerships",
  amount: "declared amount",
  frenchAuthorities: "number of French local authorities",
} as const satisfies Record<MapMeasure, string>;

/** The English labels of the France map panel (components/france); régions and départements are France's own units. */
export const franceEn: typeof franceFr = {
  title: (level, measure) => `French side, by ${LEVELS[level]} · ${MEASURES[measure]}`,
  intro: "The French local authorities of the partnerships the filters keep, where they are. Choosing an area filters the partner countries.",
  levelLegend: "Level",
  measure: "Measure (shared by both maps)",
  levels: { region: "Regions", departement: "Departments" },
  column: { region: "Region", departement: "Department" },
  codeColumn: "INSEE code",
  caption: { region: "French regions", departement: "French departments" },
  unit: { region: "regions", departement: "departments" },
  empty: "No French local authority for these filters.",
  more: (n, level) => (n === "1" ? `Show the other ${LEVELS[level]}` : `Show the ${n} other ${LEVELS[level]}s`),
  facet: " — every area is shown, the chosen ones are circled",
  loading: "Loading the map of France…",
  loadFailed: "The map of France could not be loaded: the table alongside gives the same figures.",
  legend: (level, measure) => `${MEASURES[measure].charAt(0).toUpperCase()}${MEASURES[measure].slice(1)} by ${LEVELS[level]}`,
  amountNote:
    "Rounded classes (quantiles), upper bound included. “€0”: areas where no partnership has a declared amount, as distinct from “No data” (no partnership).",
  countNote: "Rounded classes (quantiles), bounds included.",
  overlap:
    "A partnership of several local authorities counts in each of their areas: the areas do not add up. Regional councils have no department.",
  describe: (name, measureLabel, value) => `${name} — ${measureLabel}: ${value}`,
  overseas: "Overseas",
  lead: (level, count, first, partnerships) => `${count} ${nounFor(count, LEVELS[level], `${LEVELS[level]}s`)}, top: ${first} (${partnerships})`,
};
