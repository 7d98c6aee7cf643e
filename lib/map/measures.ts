import { type Lang, labelsOf } from "@/lib/labels";
import { formatsOf } from "@/lib/format";
import type { CountryFigures } from "@/lib/query/engine";
import { type ClassScale, buildClassScale } from "./scales";

/** What the map colours or sizes countries by: a numeric field of CountryFigures. */
export type MapMeasure = "partnerships" | "amount" | "frenchAuthorities";

/** Choropleth (filled countries) or proportional circles at country label points. */
export type MapMode = "choropleth" | "circles";

/** The three measures, in the order the tooltip and the list show them. */
export const MAP_MEASURES: readonly MapMeasure[] = ["partnerships", "amount", "frenchAuthorities"];

/** French column / legend label of each measure (lib/labels). */
export const MEASURE_LABELS: Record<MapMeasure, string> = labelsOf().measures;

/** The column / legend label of each measure in a language. */
export const measureLabels = (lang: Lang = "fr"): Record<MapMeasure, string> => labelsOf(lang).measures;

/** The measure's value for one country (euros for `amount`, counts otherwise). */
export function measureValue(figures: Pick<CountryFigures, MapMeasure>, measure: MapMeasure): number {
  return figures[measure];
}

/** Full format of a value: "1 234" or "48 652 €" (French), "1,234" or "€48,652" (English). */
export function formatMeasure(measure: MapMeasure, value: number, lang: Lang = "fr"): string {
  return measure === "amount" ? formatsOf(lang).euros(value) : formatsOf(lang).integer(value);
}

/** Short format for legends: "1 234" or "1,2 M€" (French), "1,234" or "€1.2m" (English). */
export function formatMeasureCompact(measure: MapMeasure, value: number, lang: Lang = "fr"): string {
  return measure === "amount" ? formatsOf(lang).eurosCompact(value) : formatsOf(lang).integer(value);
}

/** The choropleth classes and the largest value of a measure over the countries present: one for the map and its legend. */
export function measureScale(countries: readonly CountryFigures[], measure: MapMeasure): { scale: ClassScale; maxValue: number } {
  const values = countries.map((country) => measureValue(country, measure));
  return { scale: buildClassScale(values), maxValue: Math.max(0, ...values) };
}
