import { formatsOf } from "../format";
import { type Lang, type Labels, labelsOf } from "../labels";

/** "Voir les 71 partenariats", "Voir le partenariat" (one), or null when there is none to see. */
export function seeAllLabel(partnerships: number, lang: Lang = "fr"): string | null {
  if (partnerships <= 0) return null;
  const text = labelsOf(lang).pages.profile;
  return partnerships === 1 ? text.seeOne : text.seeAll(formatsOf(lang).integer(partnerships));
}

/**
 * How a top-N table was cut: "Les 15 premières collectivités sur 69, par nombre de partenariats.",
 * or just the order when it shows every group.
 */
export function rankNote(shown: number, total: number, noun: string, feminine: boolean, lang: Lang = "fr"): string {
  const text = labelsOf(lang).pages.profile;
  if (shown >= total) return text.byPartnerships;
  const f = formatsOf(lang);
  return text.firstOf(f.integer(shown), f.integer(total), noun, feminine);
}

/** Title of the theme chart at a level (see themeLevel in lib/dashboard/queries.ts), and its table's first column. */
export function themeChartTitle(level: keyof Labels["themeLevels"], lang: Lang = "fr"): { title: string; column: string } {
  const labels = labelsOf(lang);
  const name = labels.themeLevels[level];
  return { title: labels.panels.themes(level), column: name.charAt(0).toUpperCase() + name.slice(1) };
}
