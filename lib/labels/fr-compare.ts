/** The French labels of the comparison of two selections (/comparer, lib/compare). */
export const compareFr = {
  title: "Comparer deux sélections",
  intro: "Deux ensembles de filtres, côte à côte sur les mêmes axes : les valeurs de chaque sélection, leur écart et leur rapport.",
  /** The dashboard's link that starts a comparison from its filters. */
  start: "Comparer avec…",
  side: { a: "Sélection A", b: "Sélection B" },
  /** The side's short name in a table header or a legend ("A", "B"). */
  short: { a: "A", b: "B" },
  sideHint: { a: "Les filtres de la première sélection.", b: "Les filtres de la seconde sélection." },
  swap: "Échanger A et B",
  copyAToB: "Copier A dans B",
  measureLabel: "Comparer",
  measures: { amount: "les montants déclarés", partnerships: "le nombre de partenariats" },
  measureNames: { amount: "Montant déclaré", partnerships: "Partenariats" },
  panels: {
    "compare-years": { amount: "Financements déclarés par année", partnerships: "Partenariats actifs par année" },
    "compare-themes": { amount: "Financements déclarés par thématique", partnerships: "Partenariats par thématique" },
    "compare-financer-categories": { amount: "Financements par catégorie de financeur", partnerships: "Partenariats financés par catégorie de financeur" },
    "compare-financers": { amount: "Principaux financeurs", partnerships: "Principaux financeurs (partenariats financés)" },
    "compare-countries": { amount: "Principaux pays partenaires (montants)", partnerships: "Principaux pays partenaires (partenariats)" },
    "compare-authorities": { amount: "Principales collectivités françaises (montants)", partnerships: "Principales collectivités françaises (partenariats)" },
  },
  columns: {
    value: (side: string, measure: string) => `${measure} ${side}`,
    partnerships: (side: string) => `Partenariats ${side}`,
    difference: "Écart (B − A)",
    ratio: "Rapport (B / A)",
  },
  /** A ratio that cannot be computed (A is 0): never written as ∞ or NaN. */
  noRatio: "—",
  coverage: (side: string, share: string, funded: string, partnerships: string) =>
    `${side} : montants connus pour ${share} des partenariats (${funded} sur ${partnerships})`,
  caption: {
    times: (ratio: string, more: boolean) => `${ratio} fois ${more ? "plus" : "moins"}`,
    same: "autant",
    widest: (label: string, difference: string) => `plus grand écart : ${label} (${difference})`,
    sameScope: (scope: string, side: string) => `${scope} (${side})`,
  },
  summary: {
    caption: "Les deux sélections en chiffres",
    side: "Sélection",
    partnerships: "Partenariats",
    amount: "Montant déclaré",
    coverage: "Part des partenariats avec un montant déclaré",
  },
  /** A presentation's view of /comparer that names no panel. */
  noPanel: "une vue de la comparaison nomme son graphique (panel=compare-years, compare-themes, compare-financer-categories, compare-financers, compare-countries ou compare-authorities).",
  issues: (details: string) => `Une partie de l'adresse a été ignorée : ${details}.`,
  empty: "Aucune des deux sélections ne compte de partenariat ici.",
  tableCaption: (title: string) => `${title} : valeurs des sélections A et B, écart et rapport`,
};
