import { errorPageFr } from "./fr-error-page";
import { ficheFr } from "./fr-fiche";
import { listFr } from "./fr-list";
import { profileFr } from "./fr-profile";

/**
 * The French labels of the drill-down pages (list, partnership, profiles, data, errors): one entry
 * of the main table (`pages`), split by page into files of their own.
 */
export const pagesFr = {
  list: listFr,
  fiche: ficheFr,
  profile: profileFr,
  breadcrumb: { label: "vous êtes ici :", dashboard: "Tableau de bord" },
  demoBanner: {
    title: "Données de démonstration",
    text: (real: string) =>
      `Ces chiffres sont générés à l'image de l'Atlas (échelle, pays, thématiques, montants) : ce ne sont pas ceux de l'Atlas réel. Seules ${real} fiches réelles y figurent.`,
    link: "En savoir plus sur les données",
  },
  /** The dataset's line on the data and comparison pages. */
  dataset: (description: string) => `Jeu de données : ${description}.`,
  updated: (date: string) => `Mis à jour le ${date}.`,
  updatedVersion: (date: string, version: string) => `Mis à jour le ${date} (version ${version}).`,
  data: {
    title: "Les données",
    description: "Provenance, couverture et limites des données du tableau de bord de la coopération décentralisée.",
    caption: "Ce que contient le jeu de données",
    rows: {
      partnerships: "Partenariats",
      real: "dont fiches réelles de l'Atlas",
      frenchAuthorities: "Collectivités françaises",
      foreignPartners: "Partenaires étrangers",
      countries: "Pays partenaires",
      amount: "Financements déclarés",
      coverage: "Partenariats déclarant un financement",
    },
    howTo: "Comment lire les chiffres",
    notes: [
      "Les montants sont déclarés par les collectivités elles-mêmes et souvent absents : chaque total indique la part des partenariats pour lesquels un montant est connu.",
      "Un financement compte pour l'année de sa ligne de financement ; un partenariat compte pour une période s'il y était actif (commencé avant sa fin, terminé après son début ou toujours en cours).",
      "Un partenariat à plusieurs thématiques compte, au choix, pour sa thématique principale seule, pour une part égale de chacune, ou en entier sous chacune (les sommes dépassent alors le total).",
    ],
  },
  notFound: {
    title: "Page introuvable",
    text: "L'adresse demandée ne correspond à aucune page de ce tableau de bord.",
    dashboard: "Tableau de bord",
    list: "Tous les partenariats",
  },
  error: errorPageFr,
};
