/** The French labels of the dashboard's time slider (components/dashboard/TimeSlider.tsx). */
export const timeFr = {
  title: "Parcourir les années",
  /** The year chart's subtitle when one year is shown: the chart keeps every year. */
  chartFacet: " — toutes les années sont montrées, celle choisie est mise en avant",
  intro: "Une année à la fois : la carte, les chiffres clés et les graphiques montrent les partenariats de l'année choisie.",
  slider: "Année",
  allYears: "Toutes les années",
  showAllYears: "Revenir à toutes les années",
  play: "Lire",
  pause: "Pause",
  playTitle: "Faire défiler les années, une par une",
  pauseTitle: "Arrêter le défilement sur l'année affichée",
  modeLegend: "Partenariats comptés",
  modes: {
    active: "actifs cette année-là",
    started: "commencés cette année-là",
  },
  modeDefault: "(par défaut)",
  modeHint: "Actifs : commencés cette année-là ou avant, et pas encore terminés. Commencés : dont l'année de début est celle-là.",
  /** The input's aria-valuetext: the year and what is counted. */
  valueText: (year: number, mode: "active" | "started") => `${year}, partenariats ${mode === "started" ? "commencés" : "actifs"} cette année-là`,
  valueTextAll: "Toutes les années : déplacez le curseur pour choisir une année",
  valueTextRange: (from: string, to: string) => `Période ${from}–${to} : déplacez le curseur pour choisir une année`,
  /** The chip and the charts' subtitle for a one-year window. */
  chip: (year: number, mode: "active" | "started") => `${mode === "started" ? "commencés" : "actifs"} en ${year}`,
  playing: (delay: string, last: number) => `Lecture : une année toutes les ${delay} secondes, jusqu'à ${last}.`,
  reducedMotion: (delay: string) =>
    `Animations réduites (réglage de votre système) : la lecture est ralentie à une année toutes les ${delay} secondes.`,
  replacesRange: (from: string, to: string) => `Déplacer le curseur remplace la période ${from}–${to} par une seule année.`,
  outOfBounds: (year: number, min: number, max: number) =>
    `${year} est hors des années du jeu de données (${min}–${max}) : aucun partenariat ne peut y figurer.`,
  partialYear: (year: number) => `${year} : année en cours, données partielles ; ses chiffres ne marquent pas une baisse.`,
  noYears: "Le jeu de données n'a aucune année de début : rien à parcourir.",
  range: (min: number, max: number) => `de ${min} à ${max}`,
};
