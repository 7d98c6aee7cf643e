/**
 * The French words that mark the partial years of a by-year series (lib/charts/partial-year.ts):
 * the year of the dataset's date and any later one, whose figures are not those of a full year.
 */
export const partialYearFr = {
  /** The mark itself, wherever a year is flagged. */
  mark: "année en cours, données partielles",
  /** The flag column of a table by year, and its value in a partial year's row. */
  column: "Année partielle",
  yes: "oui",
  /** The hatched swatch of a chart's legend. */
  legend: "Colonne hachurée, courbe en pointillés : année en cours, données partielles",
  /** Under the chart, in the files' notes and the slides' footers: the years, then the dataset's date. */
  note: (years: string, date: string) =>
    `${years} : année en cours, données partielles (données au ${date}). Les montants ne sont pas ceux d'une année complète : leur niveau plus bas ne traduit pas une baisse des financements.`,
};
