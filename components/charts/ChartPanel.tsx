"use client";

import { useState, type ReactNode } from "react";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import type { DashboardPanel } from "@/lib/panels/dashboard-panels";
import { DataTable, type DataTableProps } from "./DataTable";
import { ExportMenu } from "./ExportMenu";
import "./charts.css";

export interface ChartPanelProps {
  id: string;
  title: string;
  /** Which filters the chart reflects, e.g. "Maroc · 2020–2021". */
  subtitle?: string;
  /** A caveat shown under the title, e.g. that rows overlap. */
  note?: string;
  /** A caveat on some of the figures, under the chart or the table (e.g. a partial year). */
  footnote?: string;
  /** The same figures as the chart; numbers in `numeric` columns are formatted as integers. */
  table: DataTableProps;
  /** The chart itself (an SVG chart component). */
  children: ReactNode;
  empty?: boolean;
  emptyMessage?: string;
  /** Previous data still shown while new data loads. */
  dimmed?: boolean;
  /** Extra controls next to the table toggle (e.g. a measure switch). */
  actions?: ReactNode;
  /** Show the table first (e.g. for a table-only layout). Default false. */
  defaultShowTable?: boolean;
  /** The panel's exports (a dashboard panel and the dashboard's query): the export menu. */
  exports?: { panel: DashboardPanel; query: string };
}

/** The frame of every chart: title, filters, note, chart ⇄ table toggle, empty and loading states. */
export function ChartPanel({
  id, title, subtitle, note, footnote, table, children, empty = false, emptyMessage, dimmed = false, actions, defaultShowTable = false, exports,
}: ChartPanelProps) {
  const [showTable, setShowTable] = useState(defaultShowTable);
  const lang = useLang();
  const text = useLabels().dashboard.charts;
  const titleId = `${id}-titre`;
  const bodyId = `${id}-contenu`;
  return (
    <section id={id} className="chart-panel" aria-labelledby={titleId} aria-busy={dimmed || undefined} data-dimmed={dimmed || undefined}>
      <div className="chart-panel__header">
        <div className="chart-panel__heading">
          <h2 id={titleId} className="fr-h6 chart-panel__title">{title}</h2>
          {subtitle ? <p className="fr-text--sm chart-panel__subtitle">{subtitle}</p> : null}
        </div>
        <div className="chart-panel__actions">
          {actions}
          {exports ? <ExportMenu panel={exports.panel} query={exports.query} title={title} anchor={id} /> : null}
          {empty ? null : (
            <button
              type="button"
              className="fr-btn fr-btn--tertiary fr-btn--sm chart-panel__toggle"
              aria-controls={bodyId}
              onClick={() => setShowTable((shown) => !shown)}
            >
              {showTable ? text.showChart : text.showTable}
            </button>
          )}
        </div>
      </div>
      {note ? <p className="fr-text--xs chart-panel__note">{note}</p> : null}
      <div id={bodyId} className="chart-panel__body">
        {empty ? (
          <p className="chart-panel__empty" role="status">{emptyMessage ?? text.empty}</p>
        ) : showTable ? (
          <DataTable lang={lang} {...table} />
        ) : (
          children
        )}
      </div>
      {footnote && !empty ? <p className="fr-text--xs chart-panel__footnote">{footnote}</p> : null}
    </section>
  );
}

