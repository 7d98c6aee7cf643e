"use client";
import { YearFundingPanel } from "@/components/charts/YearFundingPanel";
import { useDatasetDate } from "@/components/presentation/DatasetStamp";
import { firstPartialYear } from "@/lib/charts/partial-year";
import type { AggregateBody } from "@/lib/api/responses";
import type { UpdateState } from "@/lib/dashboard/state";
import { yearSeries } from "@/lib/dashboard/years";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import type { Answer } from "@/lib/hooks/useApi";
import { yearDetails } from "../detail/yearDetails";
import { PanelError } from "./PanelError";

export interface YearPanelProps {
  funding: Answer<AggregateBody>;
  active: Answer<AggregateBody>;
  subtitle: string;
  /** The dashboard's query, for the export menu. */
  query: string;
  /** The one year shown (the time slider's), if any. */
  selectedYear?: number;
  update: UpdateState;
}

/** The dashboard's year panel: its two answers, and a click on a year filters on it. */
export function YearPanel({ funding, active, subtitle, query, selectedYear, update }: YearPanelProps) {
  const { columns, line } = yearSeries(funding.data?.rows ?? [], active.data?.rows ?? [], firstPartialYear(useDatasetDate()));
  const error = funding.error ?? active.error;
  const lang = useLang();
  const timeFr = useLabels().time;
  return (
    <YearFundingPanel
      id="years"
      columns={columns}
      line={line}
      subtitle={selectedYear === undefined ? subtitle : `${subtitle}${timeFr.chartFacet}`}
      selectedYear={selectedYear}
      loaded={funding.data !== undefined}
      dimmed={funding.stale || active.stale}
      error={error ? <PanelError error={error} /> : undefined}
      // The year shown alone, clicked again, goes back to every year.
      onSelectYear={(year) => update(year === selectedYear ? { yearFrom: undefined, yearTo: undefined } : { yearFrom: year, yearTo: year })}
      exportQuery={query}
      details={yearDetails(columns, line, lang)}
    />
  );
}
