"use client";
import { BarChart } from "@/components/charts/BarChart";
import { ChartPanel } from "@/components/charts/ChartPanel";
import type { AggregateBody } from "@/lib/api/responses";
import { type DashboardState, type RankMeasure } from "@/lib/dashboard/state";
import { formatEuros, formatEurosCompact, formatInteger } from "@/lib/format";
import type { Answer } from "@/lib/hooks/useApi";
import { PanelError } from "./PanelError";

export interface RankingPanelsProps {
  countries: Answer<AggregateBody>;
  authorities: Answer<AggregateBody>;
  state: DashboardState;
  subtitle: string;
  update: (patch: Partial<DashboardState>) => void;
}

function othersNote(rows: { key: string | number; label: string; value: number }[], byAmount: boolean): string | undefined {
  const others = rows.find((row) => row.key === "others");
  if (!others) return undefined;
  return `${others.label.replace("Autres", "Les autres")} : ${byAmount ? formatEurosCompact(others.value) : `${formatInteger(others.value)} partenariats`} (dans le tableau).`;
}

const RANK_LABELS: Record<RankMeasure, string> = { partnerships: "nombre de partenariats", amount: "montant déclaré" };

/** Top partner countries and top French authorities, by number of partnerships or by amount. */
export function RankingPanels({ countries, authorities, state, subtitle, update }: RankingPanelsProps) {
  const byAmount = state.rank === "amount";
  const format = byAmount ? formatEurosCompact : formatInteger;
  const secondary = byAmount
    ? { label: "Partenariats", format: (row: { partnerships: number }) => formatInteger(row.partnerships) }
    : undefined;
  const toggle = (list: string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
  const panels = [
    { id: "top-countries", title: "Principaux pays partenaires", first: "Pays", result: countries, onSelect: (key: string) => update({ country: toggle(state.country, key) }) },
    { id: "top-authorities", title: "Principales collectivités françaises", first: "Collectivité", result: authorities, onSelect: (key: string) => update({ authority: toggle(state.authority, key) }) },
  ];
  return (
    <>
      {panels.map(({ id, title, first, result, onSelect }) => {
        const fullTitle = `${title} (par ${RANK_LABELS[state.rank]})`;
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
                rows={(result.data?.rows ?? []).filter((row) => row.key !== "others")}
                title={fullTitle}
                formatValue={format}
                secondary={secondary}
                onSelect={(row) => {
                  if (row.key !== "others" && row.key !== "none") onSelect(String(row.key));
                }}
              />
            )}
          </ChartPanel>
        );
      })}
    </>
  );
}
