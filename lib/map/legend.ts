import { formatEuros, formatInteger } from "@/lib/format";
import { type MapMeasure, formatMeasureCompact } from "./measures";
import { type ClassScale, NO_DATA_COLOR, ZERO_COLOR } from "./scales";

/** One swatch of the choropleth legend. */
export interface LegendItem {
  /** Stable key: "class-0"…, "zero", "no-data". */
  key: string;
  color: string;
  label: string;
}

/** Label of the zero class: for amounts it means "partnerships without a declared amount". */
export function zeroLabel(measure: MapMeasure): string {
  return measure === "amount" ? `${formatEuros(0)} (aucun montant déclaré)` : formatInteger(0);
}

/** Label of the countries absent under the current filters. */
export const NO_DATA_LABEL = "Aucune donnée";

/**
 * French label of each class: counts are integers, so an exclusive lower bound n reads "n+1"
 * ("1 – 10", "11 – 50"); amounts are continuous and read "50 k€ – 200 k€" (upper bound included).
 */
export function classLabels(scale: ClassScale, measure: MapMeasure): string[] {
  return scale.classes.map(({ min, max }, index) => {
    const low = measure === "amount" || index === 0 ? min : min + 1;
    if (low >= max) return formatMeasureCompact(measure, max);
    return `${formatMeasureCompact(measure, low)} – ${formatMeasureCompact(measure, max)}`;
  });
}

/** Every swatch of the choropleth legend: the classes (lightest first), then 0 if present, then "Aucune donnée". */
export function choroplethLegendItems(scale: ClassScale, measure: MapMeasure): LegendItem[] {
  const labels = classLabels(scale, measure);
  const items: LegendItem[] = scale.classes.map((valueClass, index) => ({
    key: `class-${index}`,
    color: valueClass.color,
    label: labels[index]!,
  }));
  if (scale.hasZero) items.push({ key: "zero", color: ZERO_COLOR, label: zeroLabel(measure) });
  items.push({ key: "no-data", color: NO_DATA_COLOR, label: NO_DATA_LABEL });
  return items;
}
