import type { Measure } from "../query/params";

/**
 * The French labels of the headline tiles (components/summary/HeadlineTiles.tsx): each figure is
 * read "<value> <label>", and the "Détail" of a tile names it the same way, so that the button,
 * the dialog's title and the tile say one thing.
 */
export const tilesFr = {
  list: "Chiffres clés",
  /** What each figure counts, after its value; amounts read "12,4 M€ de financements déclarés". */
  labels: {
    partnerships: (count: number) => (count > 1 ? "partenariats" : "partenariat"),
    frenchAuthorities: () => "collectivités françaises",
    foreignPartners: () => "partenaires étrangers",
    amount: () => "de financements déclarés",
    oudinAmount: () => "de financements 1 % Eau (loi Oudin) déclarés",
  } satisfies Record<Measure, (count: number) => string>,
  countries: "pays partenaires",
  /**
   * The tiles of a profile page in place of a count of its own kind ("1 pays partenaire" on a
   * country's page): where a country's French partners are, an authority's countries, a theme's share.
   */
  profile: {
    frenchRegions: (count: number) => (count > 1 ? "régions françaises" : "région française"),
    departements: (count: number) => (count > 1 ? "départements français" : "département français"),
    partnerCountries: (count: number) => (count > 1 ? "pays partenaires" : "pays partenaire"),
    amountShare: "du montant déclaré total",
  },
  coverage: (share: string) => `montants connus pour ${share} des partenariats`,
  /** The accessible name of a tile's "Détail" button, and the dialog's title. */
  detail: (value: string, label: string) => `Détail : ${value} ${label}`,
  /**
   * Distinct countries add up over no partnership: the tile points to the map's list, where each
   * country has its own "Détail". Not called "Détail": it lists countries, not the tile's sum.
   */
  countriesLink: "Voir les pays",
  countriesLinkName: (value: string) => `Voir les pays sur la carte (${value} pays partenaires)`,
} as const;
