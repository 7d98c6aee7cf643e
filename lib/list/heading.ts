import { formatsOf } from "../format";
import { type Lang, labelsOf } from "../labels";
import type { AppliedFilter } from "../query/describe";
import type { Filters } from "../query/params";

/** The filter modes that change what the heading's filters mean. */
export type HeadingModes = Pick<Filters, "themeScope" | "yearMode">;

function yearsLabel(from: string | undefined, to: string | undefined, mode: Filters["yearMode"], lang: Lang): string {
  const text = labelsOf(lang).pages.list.years;
  const started = mode === "started";
  if (from !== undefined && to !== undefined) {
    if (from === to) return started ? text.startedIn(from) : from;
    return started ? text.startedBetween(from, to) : `${from}–${to}`;
  }
  if (from !== undefined) return started ? text.startedFrom(from) : text.from(from);
  return started ? text.startedTo(to!) : text.to(to!);
}

/**
 * The active filters as the parts of a heading line, in the engine's order ("Maroc",
 * "Environnement, Climat et Energie", "2020–2021"): yearFrom and yearTo make one part, and the
 * modes that change the meaning of a filter (secondary themes included, started in the years)
 * are said.
 */
export function headingParts(applied: readonly AppliedFilter[], modes: HeadingModes, lang: Lang = "fr"): string[] {
  const from = applied.find((f) => f.param === "yearFrom")?.value;
  const to = applied.find((f) => f.param === "yearTo")?.value;
  const parts: string[] = [];
  let afterThemes = -1;
  for (const filter of applied) {
    if (filter.param === "yearFrom" || filter.param === "yearTo") {
      // Both year bounds are said once, where the first one stands.
      if (filter.param === "yearTo" && from !== undefined) continue;
      parts.push(yearsLabel(from, to, modes.yearMode, lang));
      continue;
    }
    parts.push(filter.label);
    if (filter.param === "theme" || filter.param === "subTheme" || filter.param === "subSubTheme") afterThemes = parts.length;
  }
  if (afterThemes >= 0 && modes.themeScope === "any") parts.splice(afterThemes, 0, labelsOf(lang).pages.list.secondaryThemes);
  return parts;
}

/** The page title: "Partenariats · Maroc · 2020–2021". */
export const listTitle = (parts: readonly string[], lang: Lang = "fr"): string => [labelsOf(lang).pages.list.title, ...parts].join(" · ");

/** The filters line under the heading, or what an unfiltered list is. */
export const filtersLine = (parts: readonly string[], lang: Lang = "fr"): string =>
  parts.length > 0 ? parts.join(" · ") : labelsOf(lang).pages.list.noFilter;

/** 0 → "Aucun partenariat", 1 → "1 partenariat", 1234 → "1 234 partenariats". */
export function countLabel(total: number, lang: Lang = "fr"): string {
  const text = labelsOf(lang).pages.list;
  if (total === 0) return text.none;
  return text.count(formatsOf(lang).integer(total), total === 1);
}
