"use client";
import { ChartPanel } from "@/components/charts/ChartPanel";
import { YearChart } from "@/components/charts/YearChart";
import type { AggregateBody } from "@/lib/api/responses";
import type { DashboardState } from "@/lib/dashboard/state";
import { yearSeries } from "@/lib/dashboard/years";
import { formatEuros, formatEurosCompact, formatInteger } from "@/lib/format";
import { useApi } from "@/lib/hooks/useApi";
import { FINANCER_CATEGORY_COLORS } from "@/lib/scales";
import { PanelError } from "./PanelError";

export interface YearPanelProps {
  fundingKey: string;
  activeKey: string;
  subtitle: string;
  update: (patch: Partial<DashboardState>) => void;
}

/** Funding by year stacked by financer category, with the partnerships active each year as a line. */
export function YearPanel({ fundingKey, activeKey, subtitle, update }: YearPanelProps) {
  const funding = useApi<AggregateBody>(fundingKey);
  const active = useApi<AggregateBody>(activeKey);
  const { columns, line } = yearSeries(funding.data?.rows ?? [], active.data?.rows ?? []);
  const title = "Financements déclarés par année et par catégorie de financeur";
  const categories = columns[0]?.segments ?? [];
  return (
    <ChartPanel
      id="years"
      title={title}
      subtitle={subtitle}
      dimmed={funding.stale || active.stale}
      empty={funding.data !== undefined && columns.length === 0}
      emptyMessage="Aucun financement déclaré pour ces filtres."
      table={{
        caption: `${title} (${subtitle})`,
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
      {funding.error || active.error ? (
        <PanelError error={(funding.error ?? active.error)!} />
      ) : (
        <YearChart
          years={columns}
          line={{ label: "Partenariats actifs", points: line }}
          title={title}
          formatValue={formatEurosCompact}
          colors={FINANCER_CATEGORY_COLORS}
          onSelectYear={(year) => update({ yearFrom: year, yearTo: year })}
        />
      )}
    </ChartPanel>
  );
}
