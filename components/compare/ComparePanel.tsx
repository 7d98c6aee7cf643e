"use client";
import type { CompareRow } from "@/lib/compare/rows";
import type { CompareMeasure, Side } from "@/lib/compare/state";
import type { ComparePanel } from "@/lib/compare/panels";
import { formatsOf } from "@/lib/format";
import { useLabels, useLang } from "@/lib/i18n/LangContext";
import type { pageTable } from "@/lib/panels/page-table";
import { DataTable } from "../charts/DataTable";
import { ExportMenu } from "../charts/ExportMenu";
import { CompareChart } from "./CompareChart";

/** What the server computed for one panel, as the page shows it (plain data, sent to the browser). */
export interface ComparePanelView {
  panel: ComparePanel;
  title: string;
  caption: string;
  coverage: Record<Side, string>;
  names: Record<Side, string>;
  rows: CompareRow[];
  measure: CompareMeasure;
  table: ReturnType<typeof pageTable>;
}

export interface ComparePanelProps {
  view: ComparePanelView;
  /** The comparison's canonical query, for the export menu's files and links. */
  query: string;
  dimmed: boolean;
}

/** A comparison panel: heading, sentence, each side's coverage, the shared-axis chart and its table under it. */
export function ComparePanelSection({ view, query, dimmed }: ComparePanelProps) {
  const titleId = `${view.panel}-titre`;
  const empty = view.rows.every((row) => row.a === 0 && row.b === 0);
  const text = useLabels().compare;
  const f = formatsOf(useLang());
  return (
    <section id={view.panel} className="chart-panel compare-panel" aria-labelledby={titleId} aria-busy={dimmed || undefined} data-dimmed={dimmed || undefined}>
      <div className="chart-panel__header">
        <div className="chart-panel__heading">
          <h2 id={titleId} className="fr-h6 chart-panel__title">{view.title}</h2>
        </div>
        <div className="chart-panel__actions">
          <ExportMenu panel={view.panel} query={query} title={view.title} anchor={view.panel} />
        </div>
      </div>
      <p className="fr-text--sm compare-caption">{view.caption}</p>
      <ul className="fr-text--xs compare-coverage">
        <li>{view.coverage.a}</li>
        <li>{view.coverage.b}</li>
      </ul>
      {empty ? (
        <p className="chart-panel__empty" role="status">{text.empty}</p>
      ) : (
        <CompareChart rows={view.rows} title={`${view.title} : ${view.caption}`} names={view.names} formatValue={view.measure === "amount" ? f.eurosCompact : f.integer} />
      )}
      <DataTable {...view.table} />
    </section>
  );
}
