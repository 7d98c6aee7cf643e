"use client";

import { YearChart } from "@/components/charts/YearChart";
import type { YearSegments } from "@/lib/charts/stack";
import { formatEuros } from "@/lib/format";

export interface FundingChartProps {
  years: YearSegments[];
}

/** The partnership's funding per year, stacked by financer category (a client leaf: the chart measures its width). */
export function FundingChart({ years }: FundingChartProps) {
  return (
    <div className="funding-chart">
      <YearChart
        years={years}
        title="Financement du partenariat par année et par catégorie de financeur"
        formatValue={formatEuros}
        width={560}
        height={240}
      />
    </div>
  );
}
