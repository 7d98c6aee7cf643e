import { downloadColumnsFr, downloadsFr } from "./fr-downloads";
import type { AuthorityKind, FinancerCategory, Status } from "../model";
import type { Measure } from "../query/params";
import type { WorldRegion } from "../world-regions";

type MapMeasure = "partnerships" | "amount" | "frenchAuthorities";
type ThemeLevel = "theme" | "subTheme" | "subSubTheme";
type ThemeRule = "main" | "split" | "full";

/**
 * Every fixed French label of the interface: names of the engine's special rows and closed
 * vocabularies, measures, panel titles. Names that come from the data (themes, authorities,
 * financers) are not here: the dataset carries them.
 */
export const fr = {
  /** The row of the groups left empty by the data. */
  none: "Non renseigné",
  /** The row that gathers `count` groups past a breakdown's limit. */
  others: (count: number) => `Autres (${count})`,
  /** The same row named in a sentence ("Les autres (12) : 3 M€"). */
  othersInSentence: (count: number) => `Les autres (${count})`,
  unknownCountry: "Pays non reconnu",
  noData: "Aucune donnée",
  statuses: { ongoing: "En cours", completed: "Terminé" } satisfies Record<Status, string>,
  authorityKinds: {
    commune: "Commune",
    departement: "Département",
    region: "Région",
    epci: "Intercommunalité (EPCI)",
  } satisfies Record<AuthorityKind, string>,
  /** Financer categories as a funding table names them. */
  financerCategories: {
    meae: "Ministère de l'Europe et des Affaires étrangères",
    "french-authority": "Fonds propres de la collectivité française",
    "foreign-partners": "Collectivités et partenaires étrangers",
    other: "Autres financeurs (AFD, UE, agences de l'eau…)",
  } satisfies Record<FinancerCategory, string>,
  /** Financer categories on a chart's axis or a legend. */
  financerCategoriesShort: {
    meae: "MEAE",
    "french-authority": "Collectivité française",
    "foreign-partners": "Partenaires étrangers",
    other: "Autres",
  } satisfies Record<FinancerCategory, string>,
  worldRegions: {
    europe: "Europe",
    "afrique-subsaharienne": "Afrique subsaharienne",
    "afrique-nord-moyen-orient": "Afrique du Nord et Moyen-Orient",
    ameriques: "Amériques",
    "asie-oceanie": "Asie et Océanie",
  } satisfies Record<WorldRegion, string>,
  /** What each measure counts or sums, as a column heading. */
  measures: {
    amount: "Montant déclaré",
    partnerships: "Partenariats",
    frenchAuthorities: "Collectivités françaises",
    foreignPartners: "Partenaires étrangers",
    oudinAmount: "Montant 1 % Eau (loi Oudin)",
  } satisfies Record<Measure, string>,
  /** The map's measure chooser. */
  mapMeasureChoices: {
    partnerships: "Nombre de partenariats",
    amount: "Montant déclaré",
    frenchAuthorities: "Nombre de collectivités françaises",
  } satisfies Record<MapMeasure, string>,
  /** The map's measures in a sentence; all masculine singular, so "selon le …" and "proportionnels au …" both read right. */
  mapMeasureNouns: {
    partnerships: "nombre de partenariats",
    amount: "montant déclaré",
    frenchAuthorities: "nombre de collectivités françaises",
  } satisfies Record<MapMeasure, string>,
  mapLegendNotes: {
    partnerships: "Classes arrondies (quantiles), bornes incluses.",
    frenchAuthorities: "Classes arrondies (quantiles), bornes incluses.",
    amount:
      "Classes arrondies (quantiles), borne haute incluse. « 0 € » : pays dont aucun partenariat n'a de montant déclaré, distinct de « Aucune donnée » (aucun partenariat).",
  } satisfies Record<MapMeasure, string>,
  themeLevels: { theme: "thématique", subTheme: "sous-thématique", subSubTheme: "sous-sous-thématique" } satisfies Record<ThemeLevel, string>,
  themeRules: {
    main: "Thématique principale seule",
    split: "Montant réparti entre les thématiques",
    full: "Montant entier sous chaque thématique",
  } satisfies Record<ThemeRule, string>,
  rankMeasures: { partnerships: "nombre de partenariats", amount: "montant déclaré" },
  /** Chips of the year filters and the text search. */
  yearFrom: (year: number) => `à partir de ${year}`,
  yearTo: (year: number) => `jusqu'en ${year}`,
  quoted: (text: string) => `« ${text} »`,
  /** Why the rows of a breakdown may add up to more than its total. */
  overlapNote: "Un partenariat peut compter dans plusieurs groupes : la somme des lignes dépasse le total.",
  total: "Total",
  /** The export menu of a panel. */
  exportMenu: {
    button: "Exporter",
    label: (title: string) => `Exporter « ${title} »`,
    copyLink: "Copier le lien de cette vue",
    copied: "Lien copié dans le presse-papiers.",
    copyFailed: (url: string) => `Copie impossible : sélectionnez le lien ${url}`,
    formats: {
      csv: "Tableau CSV",
      xlsx: "Tableau Excel (XLSX)",
      png: "Image PNG",
      svg: "Image SVG (vectorielle)",
      pptx: "Diapositive PowerPoint",
    },
  },
  /** The whole-data downloads of /donnees and the list's export (lib/downloads). */
  downloads: downloadsFr,
  downloadColumns: downloadColumnsFr,
  /** Names of the filters, for the filters in words of an export ("Pays : Sénégal"). */
  filterNames: {
    country: "Pays",
    region: "Région du monde",
    theme: "Thématique",
    subTheme: "Sous-thématique",
    subSubTheme: "Sous-sous-thématique",
    financerCategory: "Catégorie de financeur",
    financer: "Financeur",
    status: "Statut",
    form: "Forme",
    authority: "Collectivité française",
    authorityKind: "Type de collectivité",
    departement: "Département",
    frenchRegion: "Région française",
    yearFrom: "Années",
    yearTo: "Années",
    q: "Recherche",
    themeScope: "Thématiques",
    yearMode: "Période",
    themeRule: "Partenariats à plusieurs thématiques",
  },
  noFilter: "Sans filtre : tous les partenariats",
  secondaryThemesIncluded: "thématiques secondaires incluses",
  startedInPeriod: "commencés sur la période",
  datasetDate: (date: string) => `Données au ${date}`,
  demoWarning: "Données de démonstration : chiffres générés, non réels.",
  licence: "Réutilisation libre avec mention de la source (Licence Ouverte / Etalab 2.0, sous laquelle le MEAE publie ses données ouvertes).",
  /** The automatic caption of a view (lib/panels/caption.ts). */
  caption: {
    everything: "Ensemble des partenariats",
    nothing: (scope: string) => `${scope} : aucun partenariat ne correspond à ces filtres.`,
    partnerships: (count: string, plural: boolean) => `${count} ${plural ? "partenariats" : "partenariat"}`,
    declared: (amount: string, coverage: string) => `${amount} déclarés (montants connus pour ${coverage} d'entre eux)`,
    noAmount: "aucun montant déclaré",
    first: {
      theme: "premier thème",
      subTheme: "première sous-thématique",
      subSubTheme: "première sous-sous-thématique",
      financerCategory: "première catégorie de financeur",
      financer: "premier financeur",
      country: "premier pays",
      authority: "première collectivité",
      year: "année la plus financée",
    },
    countries: (count: string, plural: boolean) => `${count} ${plural ? "pays partenaires" : "pays partenaire"}`,
  },
  /** Headers of the first and secondary columns of the panels' tables. */
  columns: {
    country: "Pays",
    authority: "Collectivité",
    financer: "Financeur",
    financerCategory: "Catégorie de financeur",
    fundedPartnerships: "Partenariats financés",
    year: "Année",
    activePartnerships: "Partenariats actifs",
  },
  panels: {
    years: "Financements déclarés par année et par catégorie de financeur",
    themes: (level: ThemeLevel) => `Financements déclarés par ${fr.themeLevels[level]}`,
    financerCategories: "Financements par catégorie de financeur",
    financers: "Principaux financeurs",
    topCountries: "Principaux pays partenaires",
    topAuthorities: "Principales collectivités françaises",
    map: (measure: MapMeasure) => `Pays partenaires · ${fr.mapMeasureChoices[measure].toLowerCase()}`,
    mapLegend: (measure: MapMeasure) => `${fr.measures[measure]} par pays`,
  },
};
