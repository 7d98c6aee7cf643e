"use client";
import type { ReactNode } from "react";
import { useDatasetDate } from "@/components/presentation/DatasetStamp";
import { firstPartialYear, markPartialYears, partialYearNote } from "@/lib/charts/partial-year";
import type { YearColumn } from "@/lib/dashboard/years";
import { formatsOf } from "@/lib/format";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { pageTable } from "@/lib/panels/page-table";
import { yearTable } from "@/lib/panels/tables";
import { FINANCER_CATEGORY_COLORS } from "@/lib/scales";
import { ChartPanel } from "./ChartPanel";
import { YearChart } from "./YearChart";

export interface YearFundingPanelProps {
  id: string;
  /** `yearSeries` of the scope: funding per year and category, partnerships active per year. */
  columns: YearColumn[];
  line: { year: number; value: number }[];
  subtitle: string;
  /** False while nothing has arrived yet: no empty state before the first answer. */
  loaded?: boolean;
  dimmed?: boolean;
  /** Shown instead of the chart (e.g. a failed request). */
  error?: ReactNode;
  /** The year the dashboard shows alone (the time slider's): highlighted among all years. */
  selectedYear?: number;
  /** A click (or Enter) on a year; without it the chart is static. */
  onSelectYear?: (year: number) => void;
  /** The dashboard's query, for the export menu (the dashboard's panel only). */
  exportQuery?: string;
  /** "Détail" actions (the dashboard's panel only): under each column, and in the table's cells. */
  details?: { column: (year: number, total: number) => ReactNode; cell: (row: number | "total", column: string) => ReactNode };
}

/**
 * Funding by year stacked by financer category, with the partnerships active each year as a line,
 * and the same figures as a table: the dashboard's panel and the profile pages' one. The years the
 * dataset's date leaves partial are hatched, flagged in the table and explained under both.
 */
export function YearFundingPanel({ id, columns, line, subtitle, loaded = true, dimmed, error, selectedYear, onSelectYear, exportQuery, details }: YearFundingPanelProps) {
  const lang = useLang();
  const labels = useLabels();
  const TITLE = labels.panels.years;
  const datasetDate = useDatasetDate();
  const years = markPartialYears(columns, firstPartialYear(datasetDate));
  const partialNote = datasetDate ? partialYearNote(years, datasetDate, lang) : undefined;
  return (
    <ChartPanel
      id={id}
      exports={exportQuery === undefined ? undefined : { panel: "years", query: exportQuery }}
      title={TITLE}
      subtitle={subtitle}
      dimmed={dimmed}
      empty={loaded && !error && columns.length === 0}
      emptyMessage={labels.dashboard.charts.noFunding}
      table={{ ...pageTable(`${TITLE} (${subtitle})`, yearTable(years, line, lang), lang), cellAction: details?.cell }}
      footnote={error ? undefined : partialNote}
    >
      {error ?? (
        <YearChart
          years={years}
          line={{ label: labels.columns.activePartnerships, points: line }}
          title={TITLE}
          formatValue={formatsOf(lang).eurosCompact}
          lang={lang}
          colors={FINANCER_CATEGORY_COLORS}
          selectedYear={selectedYear}
          onSelectYear={onSelectYear}
          detail={details?.column}
        />
      )}
    </ChartPanel>
  );
}
