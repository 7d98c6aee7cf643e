import type { siteFr } from "./fr-site";

/** The English labels of the site's frame. */
export const siteEn: typeof siteFr = {
  title: "Atlas of decentralised cooperation",
  tagline: "Partnerships between French local authorities and their counterparts abroad",
  description:
    "Dashboard of the French Atlas of decentralised cooperation: partnerships between French and foreign local authorities, themes, funding.",
  footerDescription:
    "Dashboard of the French Atlas of decentralised cooperation and other external action of local authorities " +
    "(Ministry for Europe and Foreign Affairs). Amounts are declared by the local authorities.",
  home: "Home",
  homeTitle: (title: string) => `Home — ${title}`,
  republic: ["République", "Française"],
  skipLinks: "Skip links",
  skipToContent: "Content",
  mainMenu: "Main menu",
  navigation: { dashboard: "Dashboard", partnerships: "Partnerships", data: "The data" },
  accessibility: "Accessibility: not compliant",
  menu: "Menu",
  close: "Close",
  newWindow: "open new window",
  licence: {
    text: "Unless stated otherwise, all content of this website is under the",
    link: "etalab-2.0 license",
    title: "etalab-2.0 license - open a new window",
  },
  otherLanguage: "Français",
};
