"use client";

import type { StandaloneText } from "@/components/charts/StandaloneFrame";
import { YearChart } from "@/components/charts/YearChart";
import type { YearSegments } from "@/lib/charts/stack";
import { formatsOf } from "@/lib/format";
import { labelsOf } from "@/lib/labels";
import { useLang } from "@/lib/i18n/LangContext";

export interface FundingChartProps {
  years: YearSegments[];
  /** Render a standalone SVG document instead (see YearChart). */
  standalone?: StandaloneText;
}

/** The chart's French title (a standalone file's heading); the page says it in its language. */
export const FUNDING_CHART_TITLE = labelsOf("fr").pages.fiche.fundingChartTitle;

/** The partnership's funding per year, stacked by financer category (a client leaf: the chart measures its width). */
export function FundingChart({ years, standalone }: FundingChartProps) {
  const lang = useLang();
  const chart = <YearChart years={years} title={labelsOf(lang).pages.fiche.fundingChartTitle} formatValue={formatsOf(lang).euros} width={560} height={240} standalone={standalone} />;
  return standalone ? chart : <div className="funding-chart">{chart}</div>;
}
