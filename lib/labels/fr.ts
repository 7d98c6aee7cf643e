import { compareFr } from "./fr-compare";
import { downloadColumnsFr, downloadsFr } from "./fr-downloads";
import { franceFr } from "./fr-france";
import { siteFr } from "./fr-site";
import { dashboardFr } from "./fr-dashboard";
import { pagesFr } from "./fr-pages";
import { detailFr } from "./fr-detail";
import { errorsFr } from "./fr-errors";
import { explainFr } from "./fr-explain";
import { tilesFr } from "./fr-tiles";
import { partialYearFr } from "./fr-partial";
import { timeFr } from "./fr-time";
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
    "collectivite-outremer": "Collectivité d'outre-mer",
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
  /** The foot of a printed page. */
  print: {
    page: "Page",
    source: "Source : Atlas français de la coopération décentralisée (Ministère de l'Europe et des Affaires étrangères), via Atlas coopération.",
  },
  /** An embedded panel (/embed/<panel>). */
  embed: {
    table: "Voir les données",
    backLink: "Voir cette vue dans l'Atlas de la coopération décentralisée",
    newWindow: "nouvelle fenêtre",
    unknownValue: (message: string) => `Cette vue ne peut pas être affichée : ${message}`,
  },
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
    fullscreen: "Plein écran",
    exitFullscreen: "Quitter le plein écran",
    embed: "Code d'intégration",
    embedLabel: "Code HTML pour intégrer cette vue dans une autre page",
    copyEmbed: "Copier le code",
    embedCopied: "Code copié dans le presse-papiers.",
    embedCopyFailed: "Copie impossible : sélectionnez le code dans la zone de texte.",
    addToDeck: "Ajouter à la présentation",
  },
  /** The presentation: a deck of views (app/presentation, lib/presentation). */
  presentation: {
    title: "Présentation",
    intro: "Les vues ajoutées depuis le tableau de bord et les pages, une diapositive chacune. L'adresse de cette page contient toutes ses vues : la partager, c'est partager la présentation.",
    added: (count: number) => `Ajouté à la présentation (${count} ${count > 1 ? "vues" : "vue"})`,
    alreadyIn: (count: number) => `Cette vue est déjà dans la présentation (${count} ${count > 1 ? "vues" : "vue"})`,
    full: (max: number) => `La présentation compte déjà ${max} vues : retirez-en une pour en ajouter une autre.`,
    storageFailed: "Ajout impossible : ce navigateur refuse l'enregistrement local.",
    see: "Voir la présentation",
    empty: "Votre présentation est vide.",
    emptyHelp:
      "Ajoutez-y des vues avec « Ajouter à la présentation » : dans le menu « Exporter » de chaque graphique du tableau de bord, ou en haut de la page d'un pays, d'une collectivité, d'une thématique ou d'un partenariat.",
    working: (count: number) => `Présentation en cours dans ce navigateur : ${count} ${count > 1 ? "vues" : "vue"}.`,
    open: "Ouvrir la présentation",
    openHelp: "Elle s'ouvre à une adresse qui contient toutes ses vues, à partager telle quelle.",
    slides: "Diapositives",
    moveUp: "Monter",
    moveDown: "Descendre",
    remove: "Retirer",
    actionOn: (action: string, title: string) => `${action} : ${title}`,
    moved: (title: string, position: number, count: number) => `« ${title} » en position ${position} sur ${count}.`,
    removed: (title: string) => `« ${title} » retirée de la présentation.`,
    openView: "Ouvrir la vue",
    present: "Présenter",
    copyLink: "Copier le lien de la présentation",
    copied: "Lien de la présentation copié.",
    copyFailed: (url: string) => `Copie impossible : sélectionnez le lien ${url}`,
    download: "Télécharger en PowerPoint (PPTX)",
    datasetChanged: "Les données ont changé depuis la création de cette présentation",
    datasetChangedDetail: (then: string | null, now: string) =>
      `Ses diapositives montrent les chiffres des données actuelles (au ${now})${then ? `, non ceux des données au ${then}` : ""}.`,
    tooMany: (max: number) => `Une présentation compte au plus ${max} vues : les suivantes sont laissées de côté.`,
    invalid: (position: number, message: string) => `Vue ${position} laissée de côté : ${message}`,
    notFound: (href: string) => `la page ${href} n'existe pas dans les données actuelles.`,
    player: {
      label: "Présentation en cours",
      previous: "Précédente",
      next: "Suivante",
      close: "Quitter",
      counter: (index: number, count: number) => `${index} / ${count}`,
      counterLabel: (index: number, count: number) => `Diapositive ${index} sur ${count}`,
      keys: "Flèches, Page préc./suiv. ou Espace : changer de diapositive ; Début, Fin ; Échap : quitter.",
    },
    /** What a page view is, before its name ("Pays partenaire : Sénégal"). */
    kinds: { country: "Pays partenaire", authority: "Collectivité française", theme: "Thématique", partnership: "Partenariat" },
    partnership: {
      french: "Collectivités françaises",
      foreign: "Partenaires étrangers",
      country: "Pays",
      amount: "Montant déclaré",
      years: "Années",
      since: (year: number) => `depuis ${year}`,
      caption: (french: string, foreign: string, amount: string | null) =>
        `Partenariat entre ${french} et ${foreign}${amount ? ` : ${amount} déclarés.` : " : aucun montant déclaré."}`,
    },
    focusMap: "Partenariats par pays",
    focusMapCaption: (name: string) => `${name} est cerclé ; les autres pays sont ceux des mêmes filtres, sans le filtre de pays.`,
    issues: {
      empty: "adresse vide.",
      tooLong: (max: number) => `adresse de plus de ${max} caractères.`,
      otherSite: (url: string) => `« ${url} » n'est pas une adresse de ce site.`,
      unknownPath: (path: string) =>
        `« ${path} » n'est pas une vue : une présentation réunit des graphiques du tableau de bord (/?…&panel=…) et des pages de pays, de collectivité, de thématique ou de partenariat.`,
      noPanel: "une vue du tableau de bord nomme son graphique (panel=map, france, themes, financer-categories, financers, years, countries ou authorities).",
      badSegment: (kind: string, value: string) => `« ${value} » n'est pas un identifiant valide (${kind}).`,
      badParams: (details: string) => `paramètres invalides : ${details}.`,
    },
  },
  /** The whole-data downloads of /donnees and the list's export (lib/downloads). */
  downloads: downloadsFr,
  downloadColumns: downloadColumnsFr,
  /** The comparison of two selections (/comparer). */
  compare: compareFr,
  /** The dashboard's time slider. */
  time: timeFr,
  /** The partial years of the charts, tables and exports by year. */
  partialYear: partialYearFr,
  /** The France map panel. */
  france: franceFr,
  /** The "Détail" dialog, the headline tiles, "explain this number", the 400 page. */
  detail: detailFr,
  tiles: tilesFr,
  explain: explainFr,
  errors: errorsFr,
  /** The site's frame: header, navigation, footer. */
  site: siteFr,
  dashboard: dashboardFr,
  pages: pagesFr,
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
      theme: "première thématique",
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
