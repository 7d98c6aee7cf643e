import { nounFor } from "./en-shape";
import type { timeFr } from "./fr-time";

/** The English labels of the dashboard's time slider (components/dashboard/TimeSlider.tsx). */
export const timeEn: typeof timeFr = {
  title: "Browse the years",
  chartFacet: " — every year is shown, the chosen one is highlighted",
  intro: "One year at a time: the map, the key figures and the charts show the partnerships of the chosen year.",
  slider: "Year",
  allYears: "All years",
  showAllYears: "Back to all years",
  play: "Play",
  pause: "Pause",
  playTitle: "Step through the years, one at a time",
  pauseTitle: "Stop on the year shown",
  modeLegend: "Partnerships counted",
  modes: {
    active: "active that year",
    started: "started that year",
  },
  modeDefault: "(default)",
  modeHint: "Active: started that year or earlier, and not yet completed. Started: whose start year is that year.",
  valueText: (year, mode) => `${year}, partnerships ${mode === "started" ? "started" : "active"} that year`,
  valueTextAll: "All years: move the slider to choose a year",
  valueTextRange: (from, to) => `Period ${from}–${to}: move the slider to choose a year`,
  chip: (year, mode) => `${mode === "started" ? "started" : "active"} in ${year}`,
  playing: (delay, last) => `Playing: one year every ${delay} ${nounFor(delay, "second", "seconds")}, up to ${last}.`,
  reducedMotion: (delay) =>
    `Reduced motion (your system setting): playback slows to one year every ${delay} ${nounFor(delay, "second", "seconds")}.`,
  replacesRange: (from, to) => `Moving the slider replaces the period ${from}–${to} with a single year.`,
  outOfBounds: (year, min, max) => `${year} is outside the dataset's years (${min}–${max}): no partnership can appear in it.`,
  partialYear: (year) => `${year}: current year, partial data; its figures do not show a decline.`,
  noYears: "The dataset has no start year: there is nothing to browse.",
  range: (min, max) => `from ${min} to ${max}`,
};
