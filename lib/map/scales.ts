import { interpolateHcl, quantileSorted, scaleSqrt } from "d3";

/**
 * Fill of a country with no partnership under the current filters: a warm grey off the blue ramp
 * (the DSFR's beige-gris-galet, moon-821 tint). A cold grey as light as this (#d3d3d3 before) was
 * within 8 ΔE2000 of the lightest class for tritanopes and 9.5 of the white zero class for
 * everyone; this one is at least 14 from both in normal vision and the three dichromacies. In
 * greys only (achromatopsia) it is as light as the lightest class: the legend names it and the
 * country list leaves such countries out (lib/a11y/palettes.test.ts, docs/accessibility.md).
 */
export const NO_DATA_COLOR = "#d0c3b7";
/** Fill of a country present with a value of 0 (partnerships without a declared amount): white, its own class. */
export const ZERO_COLOR = "#ffffff";
/** Ends of the sequential ramp: DSFR blue-france-850 → blue-france-sun-113 (the "bleu France"). */
export const RAMP_LOW = "#cacafb";
export const RAMP_HIGH = "#000091";

/** One class of the choropleth. */
export interface ValueClass {
  /** Lower bound: inclusive for the first class (the smallest value), exclusive for the others (= previous `max`). */
  min: number;
  /** Upper bound, inclusive. */
  max: number;
  color: string;
}

/** Classes of the positive values, plus whether some country sits at exactly 0. */
export interface ClassScale {
  classes: ValueClass[];
  hasZero: boolean;
}

// Thresholds rounded to these mantissas read well in a legend ("25", "150 k€") without moving far from the quantile.
const NICE_MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The "nice" number nearest to `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k); integers below 10 are just rounded. */
export function niceNumber(value: number): number {
  if (value < 10) return Math.round(value);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const mantissa = value / magnitude;
  let best = NICE_MANTISSAS[0]!;
  for (const candidate of NICE_MANTISSAS) if (Math.abs(candidate - mantissa) < Math.abs(best - mantissa)) best = candidate;
  return best * magnitude;
}

/** The largest "nice" number (1, 2, 2.5, 5 × 10^k; or an integer below 10) not above `value`. */
export function niceFloor(value: number): number {
  if (value < 10) return Math.floor(value);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const mantissa = value / magnitude;
  const best = [5, 2.5, 2, 1].find((candidate) => candidate <= mantissa + 1e-9) ?? 1;
  return best * magnitude;
}

/**
 * Upper bounds (inclusive) of at most `count` classes of the positive values: one class per distinct
 * value when there are few, otherwise quantile thresholds rounded to nice numbers (skewed data: Germany
 * has 2,000+ partnerships, most countries fewer than 20). The last bound is the maximum.
 */
export function classBreaks(values: readonly number[], count = 5): number[] {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const distinct = [...new Set(sorted)];
  if (distinct.length <= count) return distinct;
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const bounds: number[] = [];
  for (let k = 1; k < count; k++) {
    const threshold = niceNumber(quantileSorted(sorted, k / count) ?? max);
    const previous = bounds[bounds.length - 1] ?? -Infinity;
    if (threshold >= min && threshold < max && threshold > previous) bounds.push(threshold);
  }
  bounds.push(max);
  return bounds;
}

/**
 * `count` colours of the blue ramp, lightest first. Interpolated in HCL, not Lab: with Lab the
 * two darkest of five classes were 8.5 ΔE2000 apart for tritanopes, to whom the bleu France looks
 * lighter; HCL keeps every step at least 10 apart under each simulation, achromatopsia included
 * (lib/a11y/palettes.test.ts).
 */
export function rampColors(count: number): string[] {
  const interpolate = interpolateHcl(RAMP_LOW, RAMP_HIGH);
  if (count === 1) return [interpolate(0.6)];
  return Array.from({ length: count }, (_, index) => interpolate(index / (count - 1)));
}

/** Choropleth classes of the values of the countries present (zeros are set apart, not a class). */
export function buildClassScale(values: readonly number[], count = 5): ClassScale {
  const bounds = classBreaks(values, count);
  const colors = rampColors(bounds.length);
  const positive = values.filter((value) => value > 0);
  const min = positive.length ? Math.min(...positive) : 0;
  const classes = bounds.map((max, index) => ({ min: index === 0 ? min : bounds[index - 1]!, max, color: colors[index]! }));
  return { classes, hasZero: values.some((value) => value === 0) };
}

/** Index of the class holding a positive value; -1 for 0 or below (and when there is no class). */
export function classIndexOf(scale: ClassScale, value: number): number {
  if (value <= 0 || scale.classes.length === 0) return -1;
  const index = scale.classes.findIndex((valueClass) => value <= valueClass.max);
  return index === -1 ? scale.classes.length - 1 : index;
}

/** Fill of a country: NO_DATA_COLOR when absent (undefined), ZERO_COLOR at 0, else its class colour. */
export function colorForValue(scale: ClassScale, value: number | undefined): string {
  if (value === undefined) return NO_DATA_COLOR;
  const index = classIndexOf(scale, value);
  return index === -1 ? ZERO_COLOR : scale.classes[index]!.color;
}

/** Largest circle radius (px) and the floor that keeps a 1-partnership country visible. */
export const MAX_RADIUS = 28;
export const MIN_RADIUS = 2;

/**
 * Circle radius (px) with the circle's *area* proportional to the value (square-root scale from 0):
 * `maxValue` gets `maxRadius`; positive values never go below `minRadius`; 0 gets no circle.
 */
export function radiusScale(maxValue: number, maxRadius = MAX_RADIUS, minRadius = MIN_RADIUS): (value: number) => number {
  const sqrt = scaleSqrt().domain([0, Math.max(maxValue, 1e-9)]).range([0, maxRadius]);
  return (value) => (value > 0 ? Math.max(minRadius, sqrt(value)) : 0);
}

/** 2–3 round values for the circles legend: about the maximum, a fifth and a twenty-fifth of it. */
export function referenceValues(maxValue: number): number[] {
  const values = [niceFloor(maxValue), niceFloor(maxValue / 5), niceFloor(maxValue / 25)].filter((value) => value > 0);
  return [...new Set(values)];
}

/** Fill of every country under the proportional circles (the circles carry the data). */
export const BASE_COUNTRY_COLOR = "#e5e5e5";
/** Fill of the proportional circles: the darkest ramp blue, drawn translucent so overlaps show. */
export const CIRCLE_COLOR = RAMP_HIGH;
export const CIRCLE_OPACITY = 0.55;
