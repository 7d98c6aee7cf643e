import type { Breakdown, Measure } from "../query/params";

/**
 * The French labels of "Explain this number" (/api/explain, /export/detail.csv): the sentences
 * that say what a contribution is and how shares apply, and the CSV's title and headers.
 */
export const explainFr = {
  /** Each breakdown as "what the row is a group of", after "Ligne : ". */
  breakdowns: {
    theme: "thématique",
    subTheme: "sous-thématique",
    subSubTheme: "sous-sous-thématique",
    financer: "financeur",
    financerCategory: "catégorie de financeur",
    year: "année de financement",
    startYear: "année de début",
    activeYear: "année d'activité",
    country: "pays partenaire",
    region: "région du monde",
    authority: "collectivité française",
    departement: "département",
    frenchRegion: "région française",
    status: "statut",
    form: "forme du partenariat",
  } satisfies Record<Breakdown, string>,
  /** What one partnership's contribution is, by measure. */
  contribution: {
    amount: "Contribution : montant des lignes de financement que retiennent les filtres (financeurs, années), en euros. Les partenariats sans montant dans la ligne ne sont pas listés.",
    oudinAmount:
      "Contribution : montant 1 % Eau (loi Oudin) des lignes de financement que retiennent les filtres (financeurs, années), en euros. Les partenariats sans montant dans la ligne ne sont pas listés.",
    partnerships: "Contribution : 1 par partenariat compté.",
    frenchAuthorities:
      "Contribution : nombre de collectivités françaises comptées grâce au partenariat. Chaque collectivité compte une fois, au premier partenariat qui l'amène, par année de début (inconnue en dernier) puis dans l'ordre des données ; les partenariats suivants qui l'amènent aussi comptent 0 pour elle.",
    foreignPartners:
      "Contribution : nombre de partenaires étrangers comptés grâce au partenariat. Chaque partenaire compte une fois, au premier partenariat qui l'amène, par année de début (inconnue en dernier) puis dans l'ordre des données ; les partenariats suivants qui l'amènent aussi comptent 0 pour lui.",
  } satisfies Record<Measure, string>,
  /** The number explained without a breakdown: the headline figure of the filters. */
  selection: "Toute la sélection",
  wholeSelection: "Le nombre est celui de toute la sélection (les chiffres clés) : chaque partenariat y compte une fois, quelles que soient ses thématiques ou ses pays.",
  rowFunding: "Seules comptent les lignes de financement de ce groupe.",
  activeYears: "Un partenariat compte pour chaque année de la ligne où il est actif.",
  split: "Règle « montant réparti entre les thématiques » : un partenariat à n thématiques en donne 1/n à chacune ; la part appliquée est celle des thématiques de la ligne.",
  splitFilter: "Règle « montant réparti entre les thématiques » : seule compte la part des thématiques du partenariat que retient le filtre de thématique (part appliquée).",
  full: "Règle « montant entier sous chaque thématique » : le montant entier du partenariat compte sous chacune de ses thématiques.",
  others: (count: number) =>
    `« Autres (${count}) » regroupe ${count} groupes et vaut la somme de leurs valeurs : un partenariat présent dans plusieurs de ces groupes y contribue pour chacun.`,
  /** The CSV (/export/detail.csv). */
  csv: {
    title: (row: string, measure: string) => `Détail de « ${row} » : ${measure}`,
    caption: (partnerships: string, value: string) => `${partnerships} partenariats, dont les contributions font ${value}, la valeur de la ligne`,
    row: (breakdown: string, row: string) => `Ligne : ${breakdown} « ${row} »`,
    segment: (segment: string) => `Segment : ${segment}`,
    selection: "Nombre : toute la sélection (chiffres clés), sans ventilation",
    columns: {
      id: "Identifiant",
      title: "Titre",
      countries: "Pays partenaires",
      startYear: "Année de début",
      groups: "Groupes",
      financer: "Financeur",
      category: "Catégorie de financeur",
      year: "Année du financement",
      amount: "Montant de la ligne (€)",
      share: "Part appliquée",
      counted: "Comptés ici",
      notCounted: "Déjà comptés par un partenariat précédent",
      contribution: "Contribution",
      euros: "Contribution (€)",
      url: "Adresse de la page",
    },
    total: "Total",
  },
};
