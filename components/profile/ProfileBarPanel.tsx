"use client";
import { BarChart } from "@/components/charts/BarChart";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { formatsOf } from "@/lib/format";
import { useLabels, useLang } from "@/lib/i18n/LangContext";
import type { DashboardPanel } from "@/lib/panels/dashboard-panels";
import type { AggregateRow } from "@/lib/query/aggregate";

export interface ProfileBarPanelProps {
  id: string;
  title: string;
  subtitle: string;
  /** Header of the table's first column ("Thématique"…). */
  firstColumn: string;
  /** Declared amounts (euros) per group, largest first, as `engine.aggregate` gives them. */
  rows: AggregateRow[];
  /** E.g. that a partnership may count in several groups. */
  note?: string;
  /** The dashboard panel these bars are (for the page's scope), for the export menu. */
  exports?: { panel: DashboardPanel; query: string };
}

/** Declared amounts per group as static bars (no selection on a profile page), with its table. */
export function ProfileBarPanel({ id, title, subtitle, firstColumn, rows, note, exports }: ProfileBarPanelProps) {
  const f = formatsOf(useLang());
  const columns = useLabels().pages.profile.columns;
  return (
    <ChartPanel
      id={id}
      exports={exports}
      title={title}
      subtitle={subtitle}
      note={note}
      empty={rows.length === 0}
      table={{
        caption: `${title} (${subtitle})`,
        columns: [
          { key: "label", label: firstColumn },
          { key: "value", label: columns.amount, numeric: true },
          { key: "partnerships", label: columns.partnerships, numeric: true },
        ],
        rows: rows.map((r) => ({ label: r.label, value: f.euros(r.value), partnerships: f.integer(r.partnerships) })),
      }}
    >
      <BarChart
        rows={rows}
        title={title}
        formatValue={f.eurosCompact}
        secondary={{ label: columns.partnerships, format: (row) => f.integer(row.partnerships) }}
      />
    </ChartPanel>
  );
}
