import { formatInteger } from "../format";
import type { AppliedFilter } from "../query/describe";
import type { Filters } from "../query/params";

/** The filter modes that change what the heading's filters mean. */
export type HeadingModes = Pick<Filters, "themeScope" | "yearMode">;

function yearsLabel(from: string | undefined, to: string | undefined, mode: Filters["yearMode"]): string {
  const started = mode === "started";
  if (from !== undefined && to !== undefined) {
    if (from === to) return started ? `commencés en ${from}` : from;
    return started ? `commencés de ${from} à ${to}` : `${from}–${to}`;
  }
  if (from !== undefined) return started ? `commencés à partir de ${from}` : `à partir de ${from}`;
  return started ? `commencés au plus tard en ${to}` : `jusqu'en ${to}`;
}

/**
 * The active filters as the parts of a heading line, in the engine's order ("Maroc",
 * "Environnement, Climat et Energie", "2020–2021"): yearFrom and yearTo make one part, and the
 * modes that change the meaning of a filter (secondary themes included, started in the years)
 * are said.
 */
export function headingParts(applied: readonly AppliedFilter[], modes: HeadingModes): string[] {
  const from = applied.find((f) => f.param === "yearFrom")?.value;
  const to = applied.find((f) => f.param === "yearTo")?.value;
  const parts: string[] = [];
  let afterThemes = -1;
  for (const filter of applied) {
    if (filter.param === "yearFrom" || filter.param === "yearTo") {
      // Both year bounds are said once, where the first one stands.
      if (filter.param === "yearTo" && from !== undefined) continue;
      parts.push(yearsLabel(from, to, modes.yearMode));
      continue;
    }
    parts.push(filter.label);
    if (filter.param === "theme" || filter.param === "subTheme" || filter.param === "subSubTheme") afterThemes = parts.length;
  }
  if (afterThemes >= 0 && modes.themeScope === "any") parts.splice(afterThemes, 0, "thématiques secondaires comprises");
  return parts;
}

/** The page title: "Partenariats · Maroc · 2020–2021". */
export const listTitle = (parts: readonly string[]): string => ["Partenariats", ...parts].join(" · ");

/** The filters line under the heading, or what an unfiltered list is. */
export const filtersLine = (parts: readonly string[]): string =>
  parts.length > 0 ? parts.join(" · ") : "Tous les partenariats, sans filtre";

/** 0 → "Aucun partenariat", 1 → "1 partenariat", 1234 → "1 234 partenariats". */
export function countLabel(total: number): string {
  if (total === 0) return "Aucun partenariat";
  return `${formatInteger(total)} ${total === 1 ? "partenariat" : "partenariats"}`;
}
