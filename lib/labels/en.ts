import { siteEn } from "./en-site";
import { pagesEn } from "./en-pages";
import type { Labels } from "./index";
import { fr } from "./fr";

/** The English labels: French's shape. */
export const en: Labels = {
  ...fr,
  site: siteEn,
  pages: pagesEn,
};
