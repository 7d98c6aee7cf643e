import type { partialYearFr } from "./fr-partial";

/** The English words that mark the partial years of a by-year series (lib/charts/partial-year.ts). */
export const partialYearEn: typeof partialYearFr = {
  mark: "current year, partial data",
  column: "Partial year",
  yes: "yes",
  legend: "Hatched column, dashed line: current year, partial data",
  note: (years, date) =>
    `${years}: current year, partial data (data as of ${date}). The amounts are not those of a full year: their lower level is not a fall in funding.`,
};
