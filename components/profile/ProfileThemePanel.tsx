import type { Lang } from "@/lib/i18n/lang";
import { themeChartTitle } from "@/lib/profile/labels";
import type { AggregateRow } from "@/lib/query/aggregate";
import { ProfileBarPanel } from "./islands";

export interface ProfileThemePanelProps {
  /** The level below the deepest theme filter (themeLevel in lib/dashboard/queries.ts). */
  level: Parameters<typeof themeChartTitle>[0];
  /** Declared amounts per theme of that level, as `engine.aggregate` gives them. */
  rows: AggregateRow[];
  subtitle: string;
  /** The page's scope as a dashboard query: the bars are the dashboard's theme panel for it. */
  exportQuery: string;
  lang?: Lang;
}

/** Declared amounts by theme, one level below the page's theme filter, as the dashboard's theme chart drills. */
export function ProfileThemePanel({ level, rows, subtitle, exportQuery, lang = "fr" }: ProfileThemePanelProps) {
  const { title, column } = themeChartTitle(level, lang);
  return <ProfileBarPanel id="thematiques" title={title} subtitle={subtitle} firstColumn={column} rows={rows} exports={{ panel: "themes", query: exportQuery }} />;
}
