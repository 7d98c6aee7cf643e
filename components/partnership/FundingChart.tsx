"use client";

import type { StandaloneText } from "@/components/charts/StandaloneFrame";
import { YearChart } from "@/components/charts/YearChart";
import type { YearSegments } from "@/lib/charts/stack";
import { formatEuros } from "@/lib/format";

export interface FundingChartProps {
  years: YearSegments[];
  /** Render a standalone SVG document instead (see YearChart). */
  standalone?: StandaloneText;
}

export const FUNDING_CHART_TITLE = "Financement du partenariat par année et par catégorie de financeur";

/** The partnership's funding per year, stacked by financer category (a client leaf: the chart measures its width). */
export function FundingChart({ years, standalone }: FundingChartProps) {
  const chart = <YearChart years={years} title={FUNDING_CHART_TITLE} formatValue={formatEuros} width={560} height={240} standalone={standalone} />;
  return standalone ? chart : <div className="funding-chart">{chart}</div>;
}
