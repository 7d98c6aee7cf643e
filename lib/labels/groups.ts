import { countryName } from "../countries";
import { themeName } from "../i18n/theme-names";
import { NONE_KEY, OTHERS_KEY, UNKNOWN_COUNTRY_KEY } from "../keys";
import type { FinancerCategory, Status } from "../model";
import type { AggregateResult, AggregateRow, GroupRow } from "../query/aggregate";
import type { QueryIndex } from "../query/build-index";
import type { Breakdown, Stack } from "../query/params";
import type { StackedGroupRow } from "../query/stack";
import type { WorldRegion } from "../world-regions";
import { type Lang, labelsOf } from "./index";

const YEAR_DIMENSIONS = new Set<Breakdown>(["year", "startYear", "activeYear"]);
const THEME_DIMENSIONS = new Set<Breakdown>(["theme", "subTheme", "subSubTheme"]);

/**
 * The display name of a group: fixed vocabularies (statuses, kinds, financer categories, world
 * regions, the special keys) from the labels of `lang`; names the data carries (themes,
 * authorities, financers, countries) from the dataset's dictionaries; the key itself when unknown.
 */
export function groupLabel(index: QueryIndex, by: Breakdown, key: string | number, lang: Lang = "fr"): string {
  const labels = labelsOf(lang);
  if (key === NONE_KEY) return labels.none;
  if (YEAR_DIMENSIONS.has(by)) return String(key);
  const name = String(key);
  if (by === "status") return labels.statuses[name as Status] ?? name;
  if (by === "financerCategory") return labels.financerCategoriesShort[name as FinancerCategory] ?? name;
  if (by === "region") return labels.worldRegions[name as WorldRegion] ?? name;
  if (by === "country" && name === UNKNOWN_COUNTRY_KEY) return labels.unknownCountry;
  // The dataset names countries in French; other languages name them from their ISO code.
  if (by === "country" && lang !== "fr") return countryName(name, lang);
  const dict = index.dict[by as Exclude<Breakdown, "year" | "startYear" | "activeYear">];
  const id = dict.idOf(name);
  if (id === undefined) return name;
  // Themes come in French from the data; the repository's table names them in English.
  return THEME_DIMENSIONS.has(by) ? themeName(dict.labels[id]!, lang) : dict.labels[id]!;
}

function nameRow<Row extends GroupRow>(index: QueryIndex, by: Breakdown, row: Row, lang: Lang): Row & AggregateRow {
  const label = row.key === OTHERS_KEY ? labelsOf(lang).others(row.groups ?? 0) : groupLabel(index, by, row.key, lang);
  const { key, ...rest } = row;
  return { key, label, ...rest } as Row & AggregateRow;
}

/** A breakdown with every row named (and the segments of stacked rows), in `lang`. */
export function nameResult(index: QueryIndex, by: Breakdown, result: AggregateResult<GroupRow>, lang: Lang = "fr"): AggregateResult {
  return { ...result, rows: result.rows.map((row) => nameRow(index, by, row, lang)) };
}

/** A stacked breakdown named: rows by `by`, segments by `stack`. */
export function nameStacked(
  index: QueryIndex,
  by: Breakdown,
  stack: Stack,
  result: AggregateResult<StackedGroupRow>,
  lang: Lang = "fr",
): AggregateResult<AggregateRow & { segments: { key: string; label: string; value: number }[] }> {
  return {
    ...result,
    rows: result.rows.map((row) => ({
      ...nameRow(index, by, row, lang),
      segments: row.segments.map((segment) => ({ ...segment, label: groupLabel(index, stack, segment.key, lang) })),
    })),
  };
}
