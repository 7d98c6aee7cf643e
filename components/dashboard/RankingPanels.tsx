"use client";
import { BarChart } from "@/components/charts/BarChart";
import { ChartPanel } from "@/components/charts/ChartPanel";
import type { AggregateBody } from "@/lib/api/responses";
import type { DashboardState, RankMeasure } from "@/lib/dashboard/state";
import { formatEuros, formatEurosCompact, formatInteger } from "@/lib/format";
import type { Answer } from "@/lib/hooks/useApi";
import { OTHERS_KEY, isGroupKey } from "@/lib/keys";
import { labelsOf } from "@/lib/labels";
import type { AggregateRow } from "@/lib/query/aggregate";
import { PanelError } from "./PanelError";

export interface RankingPanelsProps {
  countries: Answer<AggregateBody>;
  authorities: Answer<AggregateBody>;
  state: DashboardState;
  subtitle: string;
  update: (patch: Partial<DashboardState>) => void;
}

function othersNote(rows: AggregateRow[], byAmount: boolean): string | undefined {
  const others = rows.find((row) => row.key === OTHERS_KEY);
  if (!others) return undefined;
  return `${labels.othersInSentence(others.groups ?? 0)} : ${byAmount ? formatEurosCompact(others.value) : `${formatInteger(others.value)} partenariats`} (dans le tableau).`;
}

const labels = labelsOf();

/** Top partner countries and top French authorities, by number of partnerships or by amount. */
export function RankingPanels({ countries, authorities, state, subtitle, update }: RankingPanelsProps) {
  const byAmount = state.rank === "amount";
  const format = byAmount ? formatEurosCompact : formatInteger;
  const secondary = byAmount
    ? { label: "Partenariats", format: (row: { partnerships: number }) => formatInteger(row.partnerships) }
    : undefined;
  const toggle = (list: string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
  const panels = [
    { id: "top-countries", title: labels.panels.topCountries, first: "Pays", result: countries, onSelect: (key: string) => update({ country: toggle(state.country, key) }) },
    { id: "top-authorities", title: labels.panels.topAuthorities, first: "Collectivité", result: authorities, onSelect: (key: string) => update({ authority: toggle(state.authority, key) }) },
  ];
  return (
    <>
      {panels.map(({ id, title, first, result, onSelect }) => {
        const fullTitle = `${title} (par ${labels.rankMeasures[state.rank]})`;
        return (
          <ChartPanel
            key={id}
            id={id}
            title={fullTitle}
            subtitle={subtitle}
            note={othersNote(result.data?.rows ?? [], byAmount)}
            dimmed={result.stale}
            empty={result.data !== undefined && result.data.rows.length === 0}
            actions={
              <div className="fr-select-group fr-mb-0">
                <label className="fr-label fr-text--sm" htmlFor={`${id}-rank`}>
                  Classer par
                </label>
                <select className="fr-select" id={`${id}-rank`} value={state.rank} onChange={(e) => update({ rank: e.target.value as RankMeasure })}>
                  <option value="partnerships">Nombre de partenariats</option>
                  <option value="amount">Montant déclaré</option>
                </select>
              </div>
            }
            table={{
              caption: `${fullTitle} (${subtitle})`,
              columns: [
                { key: "label", label: first },
                { key: "value", label: byAmount ? "Montant déclaré" : "Partenariats", numeric: true },
                { key: "partnerships", label: "Partenariats", numeric: true },
              ],
              rows: (result.data?.rows ?? []).map((r) => ({
                label: r.label,
                value: byAmount ? formatEuros(r.value) : formatInteger(r.value),
                partnerships: formatInteger(r.partnerships),
              })),
            }}
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
