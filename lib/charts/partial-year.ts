import { formatsOf } from "../format";
import { type Lang, labelsOf } from "../labels";
import type { YearSegments } from "./stack";

/**
 * Which years of a by-year series are partial. The dataset is a snapshot: funding declared in the
 * year it was taken (and any planned for later years) is incomplete, and its column falls only
 * because the year is not over. Every chart, table and export by year marks those years from this
 * one rule, taken from the dataset's date (its meta's updatedAt) rather than the wall clock, so that
 * a dataset says the same thing whenever it is read and the tests are deterministic.
 */

/**
 * The first partial year of a dataset dated `datasetDate` (ISO "2026-12-01"): the year of that
 * date, unless the date is the year's last day (the year is then complete, the next one is the
 * first partial). Undefined without a readable date: nothing is marked rather than a guess.
 */
export function firstPartialYear(datasetDate: string | null | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(datasetDate ?? "");
  if (!match) return undefined;
  const year = Number(match[1]);
  return match[2] === "12" && match[3] === "31" ? year + 1 : year;
}

/** True when `year` is partial for a dataset whose first partial year is `firstPartial`. */
export function isPartialYear(year: number, firstPartial: number | undefined): boolean {
  return firstPartial !== undefined && year >= firstPartial;
}

/** A by-year series with each year's `partial` flag set from the rule (true or absent, never false). */
export function markPartialYears<T extends YearSegments>(years: readonly T[], firstPartial: number | undefined): T[] {
  return years.map((year) => {
    const { partial: _, ...rest } = year;
    return isPartialYear(year.year, firstPartial) ? { ...rest, partial: true } as T : rest as T;
  });
}

/** The years of a series flagged partial, in order. */
export const partialYearsOf = (years: readonly YearSegments[]): number[] => years.filter((year) => year.partial).map((year) => year.year);

/**
 * The sentence that says which years are partial and why ("2026 : année en cours, données
 * partielles (données au 01/12/2026)…"): under the chart, in the standalone drawing, in the files'
 * notes and the slides' footers. Undefined when no year of the series is partial.
 */
export function partialYearNote(years: readonly YearSegments[], datasetDate: string, lang: Lang = "fr"): string | undefined {
  const partial = partialYearsOf(years);
  if (partial.length === 0) return undefined;
  const list = partial.length > 2 ? `${partial[0]}–${partial.at(-1)}` : partial.join(", ");
  return labelsOf(lang).partialYear.note(list, formatsOf(lang).isoDate(datasetDate));
}
