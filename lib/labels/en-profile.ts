import type { profileFr } from "./fr-profile";

/** The English labels of the country, authority and theme pages. */
export const profileEn: typeof profileFr = {
  kinds: {
    country: {
      subject: "this country",
      missingTitle: "Country not found",
      explanation:
        "No partnership of the dataset is with this country. A country is named by its two-letter ISO code, in capitals: MA for Morocco, SN for Senegal.",
      suggestionsTitle: "The main partner countries",
    },
    authority: {
      subject: "this authority",
      missingTitle: "Authority not found",
      explanation:
        "No French local authority of the dataset has this code. An authority is named by its kind and its official code: commune-21231 (INSEE code of Dijon), departement-33, region-53, epci-200046977 (SIREN of Lyon Metropolis), collectivite-outremer-987 (French Polynesia); or by nom-… when its name could not be matched to the official geographic code.",
      suggestionsTitle: "The most engaged authorities",
    },
    theme: {
      subject: "this theme",
      missingTitle: "Theme not found",
      explanation:
        "No theme of the dataset matches this address. A theme is named by its French name in lower case, without accents, words joined by hyphens: economie-durable for “Economie durable”.",
      suggestionsTitle: "The Atlas's themes",
    },
  },
  errorTitle: (subject: string) => `The figures of ${subject} could not be computed`,
  errorText: "The dataset may be loading or unavailable.",
  retry: "Try again",
  backToDashboard: "Back to the dashboard",
  metaTitle: (name: string) => `${name}: decentralised cooperation`,
  country: {
    description: (name: string) =>
      `Partner country: ${name}. Key figures, funding by year and by theme, French local authorities involved and decentralised cooperation partnerships.`,
    kicker: "Partner country",
    region: "World region",
    embassy: "Diplomatic post",
    mapTitle: "Partnerships by country",
    mapSubtitle: (name: string) => `${name} is circled; the other countries are those of the same filters, without the country filter.`,
    authoritiesTitle: "French local authorities involved",
    authoritiesNoun: "authorities",
    authorityColumn: "Authority",
    noAuthority: "No French local authority for these filters.",
  },
  authority: {
    description: (kind: string, name: string) =>
      `${kind} ${name}: its partner countries, its funding by year and by theme, and its decentralised cooperation partnerships.`,
    mapTitle: "Partner countries",
    countriesTitle: "Its partner countries",
    countriesNote: "Each country leads to its page.",
    unidentified: "Unidentified authority",
    type: "Kind",
    siren: "SIREN number",
    code: "Project code",
    insee: "INSEE code",
    departement: "Department",
    region: "Region",
  },
  theme: {
    description: (name: string) =>
      `Theme “${name}”: its sub-themes, its partner countries, its funding by year and its decentralised cooperation partnerships.`,
    kicker: "Theme",
    subThemeChart: "Declared funding by sub-theme",
    subThemeColumn: "Sub-theme",
    subThemesTitle: "Sub-themes",
    subThemesNote: "Each leads to the dashboard filtered on it.",
    noPartnership: "No partnership of this theme for these filters.",
    countriesTitle: "Main partner countries",
    countriesNoun: "countries",
  },
  countryColumn: "Country",
  noCountry: "No partner country for these filters.",
  ignored: (list: string) => `Part of the address was ignored: ${list}.`,
  seeOne: "See the partnership",
  seeAll: (count: string) => `See the ${count} partnerships`,
  seeOnDashboard: "See on the dashboard",
  byPartnerships: "By number of partnerships.",
  // English has no gender to agree with.
  firstOf: (shown: string, total: string, noun: string, _feminine: boolean) => `The first ${shown} ${noun} of ${total}, by number of partnerships.`,
  noOtherFilter: "All partnerships, no other dashboard filter.",
  otherFilters: (list: string) => `Dashboard filters applied: ${list}`,
  preview: {
    recent: (count: string) => `The ${count} most recent partnerships`,
    all: "The partnerships",
    empty: "No partnership matches these filters.",
  },
  columns: {
    partnership: "Partnership",
    frenchAuthorities: "French local authorities",
    country: "Country",
    start: "Start",
    status: "Status",
    amount: "Declared amount",
    partnerships: "Partnerships",
  },
  missing: {
    authority: "no authority stated",
    country: "country not stated",
    year: "year not stated",
    status: "status not stated",
    amount: "no declared amount",
    theme: "theme not stated",
  },
};
