"use client";
import { BarChart } from "@/components/charts/BarChart";
import { ChartPanel } from "@/components/charts/ChartPanel";
import type { AggregateBody } from "@/lib/api/responses";
import { type DashboardState, type RankMeasure, type UpdateState, dashboardQuery } from "@/lib/dashboard/state";
import { formatsOf } from "@/lib/format";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import type { Answer } from "@/lib/hooks/useApi";
import { OTHERS_KEY, isGroupKey } from "@/lib/keys";
import { type Lang, labelsOf } from "@/lib/labels";
import type { AggregateRow } from "@/lib/query/aggregate";
import { pageTable } from "@/lib/panels/page-table";
import { panelFigures } from "@/lib/panels/tables";
import { breakdownDetails } from "../detail/breakdownDetails";
import { PanelError } from "./PanelError";

export interface RankingPanelsProps {
  countries: Answer<AggregateBody>;
  authorities: Answer<AggregateBody>;
  state: DashboardState;
  subtitle: string;
  update: UpdateState;
}

function othersNote(rows: AggregateRow[], byAmount: boolean, lang: Lang): string | undefined {
  const others = rows.find((row) => row.key === OTHERS_KEY);
  if (!others) return undefined;
  const labels = labelsOf(lang);
  const f = formatsOf(lang);
  const { charts } = labels.dashboard;
  return charts.othersNote(labels.othersInSentence(others.groups ?? 0), byAmount ? f.eurosCompact(others.value) : charts.partnershipsCount(f.integer(others.value)));
}

/** Top partner countries and top French authorities, by number of partnerships or by amount. */
export function RankingPanels({ countries, authorities, state, subtitle, update }: RankingPanelsProps) {
  const byAmount = state.rank === "amount";
  const lang = useLang();
  const labels = useLabels();
  const { eurosCompact: formatEurosCompact, integer: formatInteger } = formatsOf(lang);
  const format = byAmount ? formatEurosCompact : formatInteger;
  const secondary = byAmount
    ? { label: labels.measures.partnerships, format: (row: { partnerships: number }) => formatInteger(row.partnerships) }
    : undefined;
  const toggle = (list: string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
  const panels = [
    { id: "top-countries", panel: "countries" as const, part: "topCountries" as const, title: labels.panels.topCountries, result: countries, onSelect: (key: string) => update((s) => ({ country: toggle(s.country, key) })) },
    { id: "top-authorities", panel: "authorities" as const, part: "topAuthorities" as const, title: labels.panels.topAuthorities, result: authorities, onSelect: (key: string) => update((s) => ({ authority: toggle(s.authority, key) })) },
  ];
  return (
    <>
      {panels.map(({ id, panel, part, title, result, onSelect }) => {
        const fullTitle = labels.dashboard.charts.ranked(title, labels.rankMeasures[state.rank]);
        const details = breakdownDetails(part, result.data?.rows ?? [], format);
        return (
          <ChartPanel
            key={id}
            id={id}
            exports={{ panel, query: dashboardQuery(state) }}
            title={fullTitle}
            subtitle={subtitle}
            note={othersNote(result.data?.rows ?? [], byAmount, lang)}
            dimmed={result.stale}
            empty={result.data !== undefined && result.data.rows.length === 0}
            actions={
              <div className="fr-select-group fr-mb-0">
                <label className="fr-label fr-text--sm" htmlFor={`${id}-rank`}>
                  {labels.dashboard.charts.rankBy}
                </label>
                <select className="fr-select" id={`${id}-rank`} value={state.rank} onChange={(e) => update({ rank: e.target.value as RankMeasure })}>
                  <option value="partnerships">{labels.mapMeasureChoices.partnerships}</option>
                  <option value="amount">{labels.mapMeasureChoices.amount}</option>
                </select>
              </div>
            }
            table={{ ...pageTable(`${fullTitle} (${subtitle})`, panelFigures(panel, { [part]: result.data }, state, lang).table, lang), cellAction: details.cell }}
          >
            {result.error ? (
              <PanelError error={result.error} />
            ) : (
              <BarChart
                // The rest, summed, would dwarf the top ten: it stays in the table and the note.
                rows={(result.data?.rows ?? []).filter((row) => row.key !== OTHERS_KEY)}
                title={fullTitle}
                formatValue={format}
                secondary={secondary}
                detail={details.bar}
                onSelect={(row) => {
                  if (isGroupKey(row.key)) onSelect(String(row.key));
                }}
              />
            )}
          </ChartPanel>
        );
      })}
    </>
  );
}
