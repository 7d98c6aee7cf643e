import { frenchSingular } from "./fr-plural";

/** The French labels of the "Détail" panel (components/detail), which explains a number of the dashboard. */
export const detailFr = {
  button: "Détail",
  /** The accessible name of a "Détail" button, naming the number it explains. */
  buttonLabel: (label: string, value: string) => `Détail : ${label} — ${value}`,
  /** The dialog's title. */
  title: (label: string, value: string) => `Détail : ${label} — ${value}`,
  loadingTitle: "Détail",
  loading: "Chargement du détail…",
  close: "Fermer",
  error: (message: string) => `Le détail n'a pas pu être chargé : ${message}`,
  segment: (segment: string) => `Segment : ${segment}`,
  caption: (from: string, to: string, total: string) => `Partenariats ${from} à ${to} sur ${total}, par contribution décroissante`,
  empty: "Aucun partenariat ne contribue à ce nombre.",
  columns: {
    title: "Partenariat",
    startYear: "Début",
    countries: "Pays",
    funding: "Lignes de financement (financeur, année, montant, part appliquée)",
    counted: "Comptés ici",
    contribution: "Contribution",
  },
  /** One funding row, in words. */
  funding: (financer: string, year: string, amount: string, share: string) => `${financer}, ${year} : ${amount} × ${share}`,
  unknownYear: "année inconnue",
  alreadyCounted: (names: string) => `déjà comptés : ${names}`,
  /** The sum over every page, stated equal to the number clicked. */
  total: (sum: string, equal: boolean) => (equal ? `Total : ${sum} = le nombre du graphique` : `Total : ${sum} (le nombre du graphique diffère : signalez-le)`),
  totalAmount: (sum: string, equal: boolean) => (equal ? `Total : ${sum} = le montant du graphique` : `Total : ${sum} (le montant du graphique diffère : signalez-le)`),
  /** The same, for a headline tile's number. */
  totalTile: (sum: string, equal: boolean) => (equal ? `Total : ${sum} = le chiffre clé` : `Total : ${sum} (le chiffre clé diffère : signalez-le)`),
  count: (total: string) => (frenchSingular(total) ? `${total} partenariat contribue à ce nombre.` : `${total} partenariats contribuent à ce nombre.`),
  notes: "Comment ce nombre est calculé",
  pagination: "Pages du détail",
  previous: "Page précédente",
  next: "Page suivante",
  pageOf: (page: string, count: string) => `Page ${page} sur ${count}`,
  csv: "Exporter en CSV",
  csvDetail: "toutes les lignes, CSV",
  units: {
    partnerships: "partenariats",
    frenchAuthorities: "collectivités françaises",
    foreignPartners: "partenaires étrangers",
  },
} as const;
