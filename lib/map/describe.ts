import { type Lang, labelsOf } from "@/lib/labels";
import { formatsOf } from "@/lib/format";
import type { CountryFigures } from "@/lib/query/engine";
import { type MapMeasure, type MapMode, formatMeasureCompact, measureValue } from "./measures";

/**
 * The map's accessible name: how many countries, what it shows, the three largest, and where the
 * same figures are readable (the countries table), since the map paths themselves are not.
 */
export function describeMap(countries: readonly CountryFigures[], measure: MapMeasure, mode: MapMode, lang: Lang = "fr"): string {
  const labels = labelsOf(lang);
  if (countries.length === 0) return labels.dashboard.map.describeEmpty;
  const top = [...countries]
    .sort((a, b) => measureValue(b, measure) - measureValue(a, measure))
    .slice(0, 3)
    .map((country) => `${country.name} (${formatMeasureCompact(measure, measureValue(country, measure), lang)})`)
    .join(", ");
  return labels.dashboard.map.describe(formatsOf(lang).integer(countries.length), mode, labels.mapMeasureNouns[measure], top);
}
