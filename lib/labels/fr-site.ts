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
  /** The link to the other language, written in that language (its text and its `lang`). */
  otherLanguage: "English",
};
