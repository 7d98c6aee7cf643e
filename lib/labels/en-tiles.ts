import type { Widen } from "./en-shape";
import type { tilesFr } from "./fr-tiles";

/**
 * The English labels of the headline tiles (components/summary/HeadlineTiles.tsx), read
 * "<value> <label>" like the French ones: amounts read "€12.4m in declared funding".
 */
export const tilesEn = {
  list: "Key figures",
  labels: {
    // English counts zero as plural ("0 partnerships"), French as singular.
    partnerships: (count) => (count === 1 ? "partnership" : "partnerships"),
    frenchAuthorities: () => "French local authorities",
    foreignPartners: () => "foreign partners",
    amount: () => "in declared funding",
    oudinAmount: () => "in declared Oudin law (1% for water) funding",
  },
  countries: "partner countries",
  profile: {
    frenchRegions: (count) => (count === 1 ? "French region" : "French regions"),
    departements: (count) => (count === 1 ? "French department" : "French departments"),
    partnerCountries: (count) => (count === 1 ? "partner country" : "partner countries"),
    amountShare: "of all declared funding",
  },
  coverage: (share) => `amounts known for ${share} of partnerships`,
  detail: (value, label) => `Details: ${value} ${label}`,
  countriesLink: "See the countries",
  countriesLinkName: (value) => `See the countries on the map (${value} partner countries)`,
} satisfies Widen<typeof tilesFr>;
