"use client";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { YearChart } from "@/components/charts/YearChart";
import type { YearColumn } from "@/lib/dashboard/years";
import { formatEuros, formatEurosCompact, formatInteger } from "@/lib/format";
import { FINANCER_CATEGORY_COLORS } from "@/lib/scales";

export interface ProfileYearPanelProps {
  /** `yearSeries` of the scope: funding per year and category, partnerships active per year. */
  columns: YearColumn[];
  line: { year: number; value: number }[];
  subtitle: string;
}

const TITLE = "Financements déclarés par année et par catégorie de financeur";

/**
 * The dashboard's year chart, static: a client component only because the chart ⇄ table toggle and
 * the formatters live in the browser; it is server-rendered, so the chart reads without JavaScript.
 */
export function ProfileYearPanel({ columns, line, subtitle }: ProfileYearPanelProps) {
  const categories = columns[0]?.segments ?? [];
  return (
    <ChartPanel
      id="annees"
      title={TITLE}
      subtitle={subtitle}
      empty={columns.length === 0}
      emptyMessage="Aucun financement déclaré pour ces filtres."
      table={{
        caption: `${TITLE} (${subtitle})`,
        columns: [
          { key: "year", label: "Année" },
          ...categories.map((c) => ({ key: c.key, label: c.label, numeric: true })),
          { key: "total", label: "Total", numeric: true },
          { key: "active", label: "Partenariats actifs", numeric: true },
        ],
        rows: columns.map((c, i) => ({
          year: String(c.year),
          ...Object.fromEntries(c.segments.map((s) => [s.key, formatEuros(s.value)])),
          total: formatEuros(c.total),
          active: formatInteger(line[i]?.value ?? 0),
        })),
      }}
    >
      <YearChart
        years={columns}
        line={{ label: "Partenariats actifs", points: line }}
        title={TITLE}
        formatValue={formatEurosCompact}
        colors={FINANCER_CATEGORY_COLORS}
      />
    </ChartPanel>
  );
}
