import type { FinancerCategory } from "./model";

/**
 * The DSFR's illustrative colours ("couleurs illustratives", main tints) used by the charts and the
 * map legend: https://www.systeme-de-design.gouv.fr/fondamentaux/couleurs-palette
 */
export const DSFR_COLORS = {
  blueFrance: "#000091",
  blueFranceHover: "#1212ff",
  menthe: "#009081",
  /** green-menthe-sun-373: the menthe darkened, for the financer categories. */
  mentheSun: "#37635f",
  tournesol: "#c8aa39",
  macaron: "#e18b76",
  glycine: "#a558a0",
  cumulus: "#417dc4",
  tilleulVerveine: "#b7a73f",
  ecume: "#465f9d",
  archipel: "#009099",
  opera: "#bd987a",
  gris: "#929292",
  text: "#161616",
  textMention: "#666666",
  border: "#dddddd",
} as const;

/** Default fill of a bar: blue France. */
export const DEFAULT_BAR_COLOR = DSFR_COLORS.blueFrance;

/** Fill of the "others" row (the groups past the top N), and of anything without a colour. */
export const OTHERS_COLOR = DSFR_COLORS.gris;

/**
 * One fixed colour per financer category, the same in every chart and legend. All four reach the
 * 3:1 contrast against white that WCAG 1.4.11 asks of graphics (the warm DSFR tints, tournesol,
 * macaron, opéra, do not). The French authorities' green is the menthe's darker "sun" tint: the
 * main menthe (#009081) and the grey were 5 ΔE2000 apart for protanopes and 9 for deuteranopes;
 * navy, dark green, purple and grey are now at least 16 apart in normal vision and each
 * dichromacy, and 9 in greys only, since they also step in lightness (lib/a11y/palettes.test.ts).
 */
export const FINANCER_CATEGORY_COLORS: Record<FinancerCategory, string> = {
  meae: DSFR_COLORS.blueFrance,
  "french-authority": DSFR_COLORS.mentheSun,
  "foreign-partners": DSFR_COLORS.glycine,
  other: DSFR_COLORS.gris,
};
