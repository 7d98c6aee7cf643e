/** The French labels of the site's frame: title, header, navigation, footer, language switch. */
export const siteFr = {
  title: "Atlas de la coopération décentralisée",
  tagline: "Les partenariats des collectivités françaises avec leurs homologues étrangères",
  description:
    "Tableau de bord de l'Atlas français de la coopération décentralisée : partenariats entre collectivités françaises et étrangères, thématiques, financements.",
  footerDescription:
    "Tableau de bord de l'Atlas français de la coopération décentralisée et des autres actions extérieures " +
    "(Ministère de l'Europe et des Affaires étrangères). Les montants sont déclarés par les collectivités.",
  home: "Accueil",
  homeTitle: (title: string) => `Accueil — ${title}`,
  republic: ["République", "Française"] as [string, string],
  skipLinks: "Accès rapide",
  skipToContent: "Contenu",
  mainMenu: "Menu principal",
  navigation: { dashboard: "Tableau de bord", partnerships: "Partenariats", data: "Les données" },
  accessibility: "Accessibilité : non conforme",
  /** The header's buttons that open and close its menu on a phone. */
  menu: "Menu",
  close: "Fermer",
  /** Said in the title of the footer's links that open in a new window. */
  newWindow: "nouvelle fenêtre",
  /** The footer's licence line: text, then the link. */
  licence: {
    text: "Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous",
    link: "licence etalab-2.0",
    title: "licence etalab-2.0 - nouvelle fenêtre",
  },
  /** The link to the other language, written in that language (its text and its `lang`). */
  otherLanguage: "English",
};
