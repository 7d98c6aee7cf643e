import { compareEn } from "./en-compare";
import { detailEn } from "./en-detail";
import { downloadColumnsEn, downloadsEn } from "./en-downloads";
import { errorsEn } from "./en-errors";
import { siteEn } from "./en-site";
import { dashboardEn } from "./en-dashboard";
import { pagesEn } from "./en-pages";
import { explainEn } from "./en-explain";
import { franceEn } from "./en-france";
import { tilesEn } from "./en-tiles";
import { partialYearEn } from "./en-partial";
import { timeEn } from "./en-time";
import type { Labels } from "./index";

type MapMeasure = keyof Labels["mapMeasureChoices"];
type ThemeLevel = keyof Labels["themeLevels"];

const themeLevels = { theme: "theme", subTheme: "sub-theme", subSubTheme: "sub-sub-theme" } satisfies Labels["themeLevels"];
const measures = {
  amount: "Declared amount",
  partnerships: "Partnerships",
  frenchAuthorities: "French local authorities",
  foreignPartners: "Foreign partners",
  oudinAmount: "Oudin law amount (1% for water)",
} satisfies Labels["measures"];
const mapMeasureChoices = {
  partnerships: "Number of partnerships",
  amount: "Declared amount",
  frenchAuthorities: "Number of French local authorities",
} satisfies Labels["mapMeasureChoices"];
const views = (count: number) => `${count} ${count === 1 ? "view" : "views"}`;

/**
 * Every fixed English (British) label of the interface, key for key with French. A collectivité
 * is a "local authority"; régions and départements, France's own units, are "regions" and
 * "departments". Names that come from the data are not here (themes: en-themes.ts).
 */
const table = {
  none: "Not stated",
  others: (count) => `Others (${count})`,
  othersInSentence: (count) => `The others (${count})`,
  unknownCountry: "Unrecognised country",
  noData: "No data",
  statuses: { ongoing: "Ongoing", completed: "Completed" },
  authorityKinds: {
    commune: "Municipality",
    departement: "Department",
    region: "Region",
    epci: "Inter-municipal body (EPCI)",
    "collectivite-outremer": "Overseas collectivity",
  },
  financerCategories: {
    meae: "Ministry for Europe and Foreign Affairs (MEAE)",
    "french-authority": "French local authority's own funds",
    "foreign-partners": "Foreign local authorities and partners",
    other: "Other funders (AFD, EU, water agencies…)",
  },
  financerCategoriesShort: {
    meae: "MEAE",
    "french-authority": "French local authority",
    "foreign-partners": "Foreign partners",
    other: "Others",
  },
  worldRegions: {
    europe: "Europe",
    "afrique-subsaharienne": "Sub-Saharan Africa",
    "afrique-nord-moyen-orient": "North Africa and Middle East",
    ameriques: "Americas",
    "asie-oceanie": "Asia and Oceania",
  },
  measures,
  mapMeasureChoices,
  mapMeasureNouns: {
    partnerships: "number of partnerships",
    amount: "declared amount",
    frenchAuthorities: "number of French local authorities",
  },
  mapLegendNotes: {
    partnerships: "Rounded classes (quantiles), bounds included.",
    frenchAuthorities: "Rounded classes (quantiles), bounds included.",
    amount:
      "Rounded classes (quantiles), upper bound included. “€0”: countries where no partnership has a declared amount, as distinct from “No data” (no partnership).",
  },
  themeLevels,
  themeRules: {
    main: "Main theme only",
    split: "Amount split between the themes",
    full: "Full amount under each theme",
  },
  rankMeasures: { partnerships: "number of partnerships", amount: "declared amount" },
  yearFrom: (year) => `from ${year}`,
  yearTo: (year) => `up to ${year}`,
  quoted: (text) => `“${text}”`,
  overlapNote: "A partnership can count in several groups: the rows add up to more than the total.",
  total: "Total",
  print: {
    page: "Page",
    source: "Source: French Atlas of decentralised cooperation (Ministry for Europe and Foreign Affairs), via Atlas coopération.",
  },
  embed: {
    table: "View the data",
    backLink: "See this view in the Atlas of decentralised cooperation",
    newWindow: "new window",
    unknownValue: (message) => `This view cannot be displayed: ${message}`,
  },
  exportMenu: {
    button: "Export",
    label: (title) => `Export “${title}”`,
    copyLink: "Copy the link to this view",
    copied: "Link copied to the clipboard.",
    copyFailed: (url) => `Could not copy: select the link ${url}`,
    formats: {
      csv: "CSV table",
      xlsx: "Excel table (XLSX)",
      png: "PNG image",
      svg: "SVG image (vector)",
      pptx: "PowerPoint slide",
    },
    fullscreen: "Full screen",
    exitFullscreen: "Exit full screen",
    embed: "Embed code",
    embedLabel: "HTML code to embed this view in another page",
    copyEmbed: "Copy the code",
    embedCopied: "Code copied to the clipboard.",
    embedCopyFailed: "Could not copy: select the code in the text box.",
    addToDeck: "Add to the presentation",
  },
  presentation: {
    title: "Presentation",
    intro:
      "The views added from the dashboard and the pages, one slide each. This page's address holds all its views: sharing it shares the presentation.",
    added: (count) => `Added to the presentation (${views(count)})`,
    alreadyIn: (count) => `This view is already in the presentation (${views(count)})`,
    full: (max) => `The presentation already has ${max} views: remove one to add another.`,
    storageFailed: "Could not add: this browser refuses local storage.",
    see: "See the presentation",
    empty: "Your presentation is empty.",
    emptyHelp:
      "Add views to it with “Add to the presentation”: in the “Export” menu of each chart of the dashboard, or at the top of the page of a country, a local authority, a theme or a partnership.",
    working: (count) => `Presentation in progress in this browser: ${views(count)}.`,
    open: "Open the presentation",
    openHelp: "It opens at an address that holds all its views, to be shared as it is.",
    slides: "Slides",
    moveUp: "Move up",
    moveDown: "Move down",
    remove: "Remove",
    actionOn: (action, title) => `${action}: ${title}`,
    moved: (title, position, count) => `“${title}” moved to position ${position} of ${count}.`,
    removed: (title) => `“${title}” removed from the presentation.`,
    openView: "Open the view",
    present: "Present",
    copyLink: "Copy the presentation's link",
    copied: "Presentation link copied.",
    copyFailed: (url) => `Could not copy: select the link ${url}`,
    download: "Download as PowerPoint (PPTX)",
    datasetChanged: "The data has changed since this presentation was created",
    datasetChangedDetail: (then, now) =>
      `Its slides show the figures of the current data (as of ${now})${then ? `, not those of the data as of ${then}` : ""}.`,
    tooMany: (max) => `A presentation holds at most ${max} views: the ones after that are left out.`,
    invalid: (position, message) => `View ${position} left out: ${message}`,
    notFound: (href) => `the page ${href} does not exist in the current data.`,
    player: {
      label: "Presentation in progress",
      previous: "Previous",
      next: "Next",
      close: "Exit",
      counter: (index, count) => `${index} / ${count}`,
      counterLabel: (index, count) => `Slide ${index} of ${count}`,
      keys: "Arrows, Page Up/Down or Space: change slide; Home, End; Esc: exit.",
    },
    kinds: { country: "Partner country", authority: "French local authority", theme: "Theme", partnership: "Partnership" },
    partnership: {
      french: "French local authorities",
      foreign: "Foreign partners",
      country: "Country",
      amount: "Declared amount",
      years: "Years",
      since: (year) => `since ${year}`,
      caption: (french, foreign, amount) =>
        `Partnership between ${french} and ${foreign}${amount ? `: ${amount} declared.` : ": no amount declared."}`,
    },
    focusMap: "Partnerships by country",
    focusMapCaption: (name) => `${name} is circled; the other countries are those of the same filters, without the country filter.`,
    issues: {
      empty: "empty address.",
      tooLong: (max) => `address longer than ${max} characters.`,
      otherSite: (url) => `“${url}” is not an address of this site.`,
      unknownPath: (path) =>
        `“${path}” is not a view: a presentation gathers charts of the dashboard (/?…&panel=…) and pages of countries, local authorities, themes or partnerships.`,
      noPanel:
        "a view of the dashboard names its chart (panel=map, france, themes, financer-categories, financers, years, countries or authorities).",
      badSegment: (kind, value) => `“${value}” is not a valid identifier (${kind}).`,
      badParams: (details) => `invalid parameters: ${details}.`,
    },
  },
  downloads: downloadsEn,
  downloadColumns: downloadColumnsEn,
  compare: compareEn,
  time: timeEn,
  partialYear: partialYearEn,
  france: franceEn,
  detail: detailEn,
  tiles: tilesEn,
  explain: explainEn,
  errors: errorsEn,
  site: siteEn,
  dashboard: dashboardEn,
  pages: pagesEn,
  filterNames: {
    country: "Country",
    region: "World region",
    theme: "Theme",
    subTheme: "Sub-theme",
    subSubTheme: "Sub-sub-theme",
    financerCategory: "Funder category",
    financer: "Funder",
    status: "Status",
    form: "Form",
    authority: "French local authority",
    authorityKind: "Type of local authority",
    departement: "Department",
    frenchRegion: "French region",
    yearFrom: "Years",
    yearTo: "Years",
    q: "Search",
    themeScope: "Themes",
    yearMode: "Period",
    themeRule: "Partnerships with several themes",
  },
  noFilter: "No filter: all partnerships",
  secondaryThemesIncluded: "secondary themes included",
  startedInPeriod: "started in the period",
  datasetDate: (date) => `Data as of ${date}`,
  demoWarning: "Demonstration data: generated figures, not real ones.",
  licence: "Free reuse with attribution (Etalab Open Licence 2.0, under which the MEAE publishes its open data).",
  caption: {
    everything: "All partnerships",
    nothing: (scope) => `${scope}: no partnership matches these filters.`,
    // Callers pass `plural` as French has it (n > 1): "0" is plural in English all the same.
    partnerships: (count, plural) => `${count} ${plural || count === "0" ? "partnerships" : "partnership"}`,
    declared: (amount, coverage) => `${amount} declared (amounts known for ${coverage} of them)`,
    noAmount: "no amount declared",
    first: {
      theme: "top theme",
      subTheme: "top sub-theme",
      subSubTheme: "top sub-sub-theme",
      financerCategory: "top funder category",
      financer: "top funder",
      country: "top country",
      authority: "top local authority",
      year: "best-funded year",
    },
    countries: (count, plural) => `${count} ${plural || count === "0" ? "partner countries" : "partner country"}`,
  },
  columns: {
    country: "Country",
    authority: "Local authority",
    financer: "Funder",
    financerCategory: "Funder category",
    fundedPartnerships: "Funded partnerships",
    year: "Year",
    activePartnerships: "Active partnerships",
  },
  panels: {
    years: "Declared funding by year and funder category",
    themes: (level: ThemeLevel) => `Declared funding by ${themeLevels[level]}`,
    financerCategories: "Funding by funder category",
    financers: "Main funders",
    topCountries: "Main partner countries",
    topAuthorities: "Main French local authorities",
    map: (measure: MapMeasure) => `Partner countries · ${mapMeasureChoices[measure].toLowerCase()}`,
    mapLegend: (measure: MapMeasure) => `${measures[measure]} by country`,
  },
} satisfies Labels;

/** The English labels: French's shape, every key translated (en.test.ts checks).*/
export const en: Labels = table;
