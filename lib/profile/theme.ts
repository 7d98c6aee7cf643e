import type { RawSearchParams } from "../pages/context";
import type { DatasetMetaResponse, QueryEngine } from "../query/engine";
import type { Lang } from "../i18n/lang";
import { amountsBy, firstPartnerships, loadProfileBase, rankingBy, yearBreakdown } from "./load";

/** A theme of the dataset with its sub-themes, as `meta().themes` lists it. */
export type DatasetTheme = DatasetMetaResponse["themes"][number];

/** The dataset's theme with this slug (`slugify` of its label); null for a slug it does not know. */
export function findTheme(engine: QueryEngine, slug: string): DatasetTheme | null {
  return engine.meta().themes.find((theme) => theme.key === slug) ?? null;
}

/** Everything a theme page shows, under the dashboard filters of its URL plus the theme. */
export function loadThemeProfile(engine: QueryEngine, theme: DatasetTheme, raw: RawSearchParams, lang: Lang = "fr") {
  const base = loadProfileBase(engine, raw, { param: "theme", slug: theme.key }, lang);
  const { filters } = base.scope;
  return {
    base,
    subThemeAmounts: amountsBy(engine, filters, "subTheme", lang),
    subThemes: rankingBy(engine, filters, "subTheme", theme.subThemes.length + 1, lang),
    countries: rankingBy(engine, filters, "country", undefined, lang),
    years: yearBreakdown(engine, filters, lang),
    partnerships: firstPartnerships(engine, filters),
  };
}
