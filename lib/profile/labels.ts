import { formatInteger } from "../format";
import { type Lang, type Labels, labelsOf } from "../labels";

/** "Voir les 71 partenariats", "Voir le partenariat" (one), or null when there is none to see. */
export function seeAllLabel(partnerships: number): string | null {
  if (partnerships <= 0) return null;
  return partnerships === 1 ? "Voir le partenariat" : `Voir les ${formatInteger(partnerships)} partenariats`;
}

/**
 * How a top-N table was cut: "Les 15 premières collectivités sur 69, par nombre de partenariats.",
 * or just the order when it shows every group.
 */
export function rankNote(shown: number, total: number, noun: string, feminine: boolean): string {
  if (shown >= total) return "Par nombre de partenariats.";
  return `Les ${formatInteger(shown)} ${feminine ? "premières" : "premiers"} ${noun} sur ${formatInteger(total)}, par nombre de partenariats.`;
}

/** Title of the theme chart at a level (see themeLevel in lib/dashboard/queries.ts), and its table's first column. */
export function themeChartTitle(level: keyof Labels["themeLevels"], lang: Lang = "fr"): { title: string; column: string } {
  const labels = labelsOf(lang);
  const name = labels.themeLevels[level];
  return { title: labels.panels.themes(level), column: name.charAt(0).toUpperCase() + name.slice(1) };
}
