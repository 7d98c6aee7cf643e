"use client";
import { BarChart } from "@/components/charts/BarChart";
import { Breadcrumb } from "@/components/charts/Breadcrumb";
import { ChartPanel } from "@/components/charts/ChartPanel";
import type { AggregateBody } from "@/lib/api/responses";
import type { FilterOptions } from "@/lib/dashboard/options";
import { themeLevel } from "@/lib/dashboard/queries";
import { type DashboardState, type UpdateState, dashboardQuery } from "@/lib/dashboard/state";
import { formatsOf } from "@/lib/format";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import type { Answer } from "@/lib/hooks/useApi";
import { THEME_RULES, type ThemeRule } from "@/lib/query/param-names";
import { isGroupKey } from "@/lib/keys";
import { pageTable } from "@/lib/panels/page-table";
import { panelFigures } from "@/lib/panels/tables";
import { breakdownDetails } from "../detail/breakdownDetails";
import { PanelError } from "./PanelError";

export interface ThemePanelProps {
  answer: Answer<AggregateBody>;
  state: DashboardState;
  options: FilterOptions;
  subtitle: string;
  update: UpdateState;
}

/** Funding by theme, drilling theme → sub-theme → sub-sub-theme, under a selectable multi-theme rule. */
export function ThemePanel({ answer, state, options, subtitle, update }: ThemePanelProps) {
  const { data, error, stale } = answer;
  const lang = useLang();
  const labels = useLabels();
  const { eurosCompact: formatEurosCompact, integer: formatInteger } = formatsOf(lang);
  const level = themeLevel(state);
  const theme = options.themes.find((t) => t.key === state.theme);
  const subTheme = theme?.subThemes.find((s) => s.key === state.subTheme);
  const crumbs = [
    { label: labels.dashboard.filters.allThemes, onSelect: state.theme ? () => update({ theme: undefined, subTheme: undefined, subSubTheme: undefined }) : undefined },
    ...(theme ? [{ label: theme.label, onSelect: state.subTheme ? () => update({ subTheme: undefined, subSubTheme: undefined }) : undefined }] : []),
    ...(subTheme ? [{ label: subTheme.label }] : []),
  ];
  const select = (key: string | number) => {
    if (!isGroupKey(key)) return;
    if (level === "theme") update({ theme: String(key) });
    else if (level === "subTheme") update({ subTheme: String(key) });
    else update((s) => ({ subSubTheme: s.subSubTheme === key ? undefined : String(key) }));
  };
  const rows = data?.rows ?? [];
  const title = labels.panels.themes(level);
  const details = breakdownDetails("themes", rows, formatEurosCompact);
  return (
    <ChartPanel
      id="themes"
      exports={{ panel: "themes", query: dashboardQuery(state) }}
      title={title}
      subtitle={subtitle}
      note={data?.note ?? undefined}
      dimmed={stale}
      empty={!error && data !== undefined && rows.length === 0}
      actions={
        <div className="fr-select-group fr-mb-0">
          <label className="fr-label fr-text--sm" htmlFor="theme-rule">
            {labels.filterNames.themeRule}
          </label>
          <select className="fr-select" id="theme-rule" value={state.themeRule} onChange={(e) => update({ themeRule: e.target.value as ThemeRule })}>
            {THEME_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {labels.themeRules[rule]}
              </option>
            ))}
          </select>
        </div>
      }
      table={{ ...pageTable(`${title} (${subtitle})`, panelFigures("themes", { themes: data }, state, lang).table, lang), cellAction: details.cell }}
    >
      <Breadcrumb items={crumbs} label={labels.dashboard.charts.themeLevel} />
      {error ? (
        <PanelError error={error} />
      ) : (
        <BarChart
          rows={rows}
          title={title}
          formatValue={formatEurosCompact}
          onSelect={(row) => select(row.key)}
          detail={details.bar}
          selectedKey={level === "subSubTheme" ? state.subSubTheme : undefined}
          secondary={{ label: labels.measures.partnerships, format: (row) => formatInteger(row.partnerships) }}
        />
      )}
    </ChartPanel>
  );
}
