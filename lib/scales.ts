import { scaleOrdinal, type ScaleOrdinal } from "d3";
import type { FinancerCategory } from "./model";

/**
 * The DSFR's illustrative colours ("couleurs illustratives", main tints) used by the charts and the
 * map legend: https://www.systeme-de-design.gouv.fr/fondamentaux/couleurs-palette
 */
export const DSFR_COLORS = {
  blueFrance: "#000091",
  blueFranceHover: "#1212ff",
  menthe: "#009081",
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
 * macaron, opéra, do not, so they are kept for the theme palette where labels carry the meaning);
 * navy, teal, purple and grey also differ in lightness for colour-blind readers.
 */
export const FINANCER_CATEGORY_COLORS: Record<FinancerCategory, string> = {
  meae: DSFR_COLORS.blueFrance,
  "french-authority": DSFR_COLORS.menthe,
  "foreign-partners": DSFR_COLORS.glycine,
  other: DSFR_COLORS.gris,
};

/**
 * The categorical palette of themes, in assignment order: alternating cool and warm tints so that
 * neighbouring themes differ. Nine colours; beyond that they repeat (themes are far fewer). Charts
 * write no text on these fills (labels sit beside the bars); if one must, use `readableTextColor`
 * from lib/charts/contrast, which reaches at least 3:1 (large text) on every one of them.
 */
export const THEME_PALETTE: readonly string[] = [
  DSFR_COLORS.cumulus,
  DSFR_COLORS.tournesol,
  DSFR_COLORS.menthe,
  DSFR_COLORS.macaron,
  DSFR_COLORS.glycine,
  DSFR_COLORS.tilleulVerveine,
  DSFR_COLORS.ecume,
  DSFR_COLORS.opera,
  DSFR_COLORS.archipel,
];

/**
 * Colour of each theme key. Pass the full, stable list of theme keys (taxonomy order), not only
 * those of the current rows, so that a theme keeps its colour whatever the filters; an unknown key
 * (or "others") is grey.
 */
export function themeColorScale(themeKeys: readonly string[]): ScaleOrdinal<string, string, string> {
  return scaleOrdinal<string, string, string>().domain(themeKeys).range(THEME_PALETTE).unknown(OTHERS_COLOR);
}
