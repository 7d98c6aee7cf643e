import { labelsOf } from "@/lib/labels";
import { formatInteger } from "@/lib/format";
import type { CountryFigures } from "@/lib/query/engine";
import { type MapMeasure, type MapMode, formatMeasureCompact, measureValue } from "./measures";

const MEASURE_NOUNS: Record<MapMeasure, string> = labelsOf().mapMeasureNouns;

/**
 * The map's accessible name: how many countries, what it shows, the three largest, and where the
 * same figures are readable (the countries table), since the map paths themselves are not.
 */
export function describeMap(countries: readonly CountryFigures[], measure: MapMeasure, mode: MapMode): string {
  if (countries.length === 0) return "Carte des pays partenaires : aucun pays pour ces filtres.";
  const how = mode === "choropleth" ? "colorés selon le" : "avec des cercles proportionnels au";
  const top = [...countries]
    .sort((a, b) => measureValue(b, measure) - measureValue(a, measure))
    .slice(0, 3)
    .map((country) => `${country.name} (${formatMeasureCompact(measure, measureValue(country, measure))})`)
    .join(", ");
  return `Carte des pays partenaires : ${formatInteger(countries.length)} pays ${how} ${MEASURE_NOUNS[measure]} ; en tête : ${top}. Les mêmes chiffres figurent dans la liste des pays.`;
}
