import { formatsOf } from "@/lib/format";
import { type Lang, labelsOf } from "@/lib/labels";
import { type MapMeasure, formatMeasureCompact } from "./measures";
import { type ClassScale, MAX_RADIUS, NO_DATA_COLOR, ZERO_COLOR, radiusScale, referenceValues } from "./scales";

/** One swatch of the choropleth legend. */
export interface LegendItem {
  /** Stable key: "class-0"…, "zero", "no-data". */
  key: string;
  color: string;
  label: string;
}

/** Label of the zero class: for amounts it means "partnerships without a declared amount". */
export function zeroLabel(measure: MapMeasure, lang: Lang = "fr"): string {
  return measure === "amount" ? labelsOf(lang).dashboard.map.zeroAmount(formatsOf(lang).euros(0)) : formatsOf(lang).integer(0);
}

/** Label of the countries absent under the current filters. */
export const NO_DATA_LABEL = labelsOf().noData;
export const noDataLabel = (lang: Lang = "fr"): string => labelsOf(lang).noData;

/**
 * French label of each class: counts are integers, so an exclusive lower bound n reads "n+1"
 * ("1 – 10", "11 – 50"); amounts are continuous and read "50 k€ – 200 k€" (upper bound included).
 */
export function classLabels(scale: ClassScale, measure: MapMeasure, lang: Lang = "fr"): string[] {
  return scale.classes.map(({ min, max }, index) => {
    const low = measure === "amount" || index === 0 ? min : min + 1;
    if (low >= max) return formatMeasureCompact(measure, max, lang);
    return `${formatMeasureCompact(measure, low, lang)} – ${formatMeasureCompact(measure, max, lang)}`;
  });
}

/** Every swatch of the choropleth legend: the classes (lightest first), then 0 if present, then "Aucune donnée". */
export function choroplethLegendItems(scale: ClassScale, measure: MapMeasure, lang: Lang = "fr"): LegendItem[] {
  const labels = classLabels(scale, measure, lang);
  const items: LegendItem[] = scale.classes.map((valueClass, index) => ({
    key: `class-${index}`,
    color: valueClass.color,
    label: labels[index]!,
  }));
  if (scale.hasZero) items.push({ key: "zero", color: ZERO_COLOR, label: zeroLabel(measure, lang) });
  items.push({ key: "no-data", color: NO_DATA_COLOR, label: noDataLabel(lang) });
  return items;
}

/** Heading of the legend. */
export const legendTitle = (measure: MapMeasure, lang: Lang = "fr") => labelsOf(lang).panels.mapLegend(measure);

/** How the choropleth classes read, under their swatches. */
export const CLASSES_NOTES: Record<MapMeasure, string> = labelsOf().mapLegendNotes;
export const classesNotes = (lang: Lang = "fr"): Record<MapMeasure, string> => labelsOf(lang).mapLegendNotes;

/** How the circles read, with their reference values. */
export function circlesNote(measure: MapMeasure, values: readonly number[], lang: Lang = "fr"): string {
  const references = values.map((value) => formatMeasureCompact(measure, value, lang)).join(labelsOf(lang).dashboard.listSeparator);
  return labelsOf(lang).dashboard.map.circlesNote(references);
}

/** The base map's credit. */
export const BASEMAP_SOURCE = labelsOf().dashboard.map.basemap;
export const basemapSource = (lang: Lang = "fr"): string => labelsOf(lang).dashboard.map.basemap;

/** The circles legend: 2–3 reference circles nested on a common baseline, with their labels. */
export interface CircleLegendLayout {
  values: number[];
  marks: { value: number; r: number; top: number; labelY: number }[];
  cx: number;
  baseline: number;
  labelX: number;
  width: number;
  height: number;
}

const LABEL_GAP = 14;

/**
 * Reference circles drawn with the map's own radius scale; each label sits at its circle's top,
 * pushed down when the small circles' tops are too close. Null when there is nothing to show.
 */
export function circleLegendLayout(maxValue: number): CircleLegendLayout | null {
  const values = referenceValues(maxValue);
  if (values.length === 0) return null;
  const radius = radiusScale(maxValue);
  const cx = MAX_RADIUS + 2;
  const baseline = 2 * MAX_RADIUS + 4;
  const labelX = 2 * MAX_RADIUS + 24;
  const marks: CircleLegendLayout["marks"] = [];
  for (const value of values) {
    const r = radius(value);
    const top = baseline - 2 * r;
    const previous = marks[marks.length - 1];
    marks.push({ value, r, top, labelY: Math.max(top, previous ? previous.labelY + LABEL_GAP : 6) });
  }
  const height = Math.max(baseline + 2, marks[marks.length - 1]!.labelY + 8);
  return { values, marks, cx, baseline, labelX, width: labelX + 72, height };
}
