import type { Filters } from "../query/params";
import type { FilterOptions } from "./options";

/**
 * The time slider's rules, kept pure so that they are tested without a browser: the slider has no
 * state of its own, its year is the one-year window yearFrom = yearTo of the URL.
 */

export interface YearBounds {
  min: number;
  max: number;
}

/** Seconds between two years while playing; slower when the system asks for reduced motion. */
export const PLAY_DELAY_MS = 1200;
export const REDUCED_MOTION_DELAY_MS = 3000;
/** Page Up / Page Down move by this many years (arrows, Home and End are the input's own). */
export const PAGE_STEP = 5;

/** The year of a one-year window, or undefined for all years and for a wider range. */
export function singleYear(filters: Pick<Filters, "yearFrom" | "yearTo">): number | undefined {
  return filters.yearFrom !== undefined && filters.yearFrom === filters.yearTo ? filters.yearFrom : undefined;
}

/**
 * The slider's ends: the dataset's first and last start years. The last start year is also the
 * last year the engine counts a partnership as active (lib/query/build-index.ts, lastYear), so it
 * ends both modes. Null when the dataset has no year at all.
 */
export function yearBounds(years: FilterOptions["years"]): YearBounds | null {
  return years.start ? { min: years.start.min, max: years.start.max } : null;
}

export function clampYear(year: number, bounds: YearBounds): number {
  return Math.min(bounds.max, Math.max(bounds.min, year));
}

/** Where the thumb stands: the chosen year, else the start of a range, else the first year. */
export function sliderPosition(filters: Pick<Filters, "yearFrom" | "yearTo">, bounds: YearBounds): number {
  return clampYear(singleYear(filters) ?? filters.yearFrom ?? bounds.min, bounds);
}

/** Whether a chosen year lies outside the dataset's years (a valid filter, with nothing to show). */
export function outOfBounds(year: number | undefined, bounds: YearBounds): boolean {
  return year !== undefined && (year < bounds.min || year > bounds.max);
}

/** The year after `year` while playing, or null at the last year (playing stops there). */
export function nextYear(year: number, bounds: YearBounds): number | null {
  if (year < bounds.min) return bounds.min;
  return year + 1 <= bounds.max ? year + 1 : null;
}

/**
 * The year shown when play is pressed: the current one, unless there is none, it is out of bounds
 * or it is the last (nothing would move): then playing starts over from the first year.
 */
export function playStart(year: number | undefined, bounds: YearBounds): number {
  return year === undefined || year < bounds.min || year >= bounds.max ? bounds.min : year;
}

export function playDelay(reducedMotion: boolean): number {
  return reducedMotion ? REDUCED_MOTION_DELAY_MS : PLAY_DELAY_MS;
}

/** The year Page Up / Page Down lead to, or null for any other key (left to the input). */
export function pageStep(key: string, year: number, bounds: YearBounds): number | null {
  if (key === "PageUp") return clampYear(year + PAGE_STEP, bounds);
  if (key === "PageDown") return clampYear(year - PAGE_STEP, bounds);
  return null;
}

/**
 * Whether a move of the slider replaces the history entry: moving within the one-year view does
 * (Back leaves the time view rather than stepping back through every year), entering it does not.
 */
export function replacesEntry(filters: Pick<Filters, "yearFrom" | "yearTo">): boolean {
  return singleYear(filters) !== undefined;
}

/** The filters' patch that shows one year, or all years again. */
export function yearPatch(year: number | undefined): Pick<Filters, "yearFrom" | "yearTo"> {
  return { yearFrom: year, yearTo: year };
}
