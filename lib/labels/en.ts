import { siteEn } from "./en-site";
import { dashboardEn } from "./en-dashboard";
import type { Labels } from "./index";
import { fr } from "./fr";

/** The English labels: French's shape. */
export const en: Labels = { ...fr, site: siteEn, dashboard: dashboardEn };
