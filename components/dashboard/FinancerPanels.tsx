"use client";
import { BarChart } from "@/components/charts/BarChart";
import { ChartPanel } from "@/components/charts/ChartPanel";
import type { AggregateBody } from "@/lib/api/responses";
import { type DashboardState, type UpdateState, dashboardQuery } from "@/lib/dashboard/state";
import { formatsOf } from "@/lib/format";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import type { Answer } from "@/lib/hooks/useApi";
import type { FinancerCategory } from "@/lib/model";
import { FINANCER_CATEGORY_COLORS, OTHERS_COLOR } from "@/lib/scales";
import { OTHERS_KEY } from "@/lib/keys";
import { pageTable } from "@/lib/panels/page-table";
import { panelFigures } from "@/lib/panels/tables";
import { breakdownDetails } from "../detail/breakdownDetails";
import { PanelError } from "./PanelError";

export interface FinancerPanelsProps {
  categories: Answer<AggregateBody>;
  financers: Answer<AggregateBody>;
  state: DashboardState;
  subtitle: string;
  update: UpdateState;
}


/** Funding by financer category and by financer (the ten largest, the rest summed). */
export function FinancerPanels({ categories, financers, state, subtitle, update }: FinancerPanelsProps) {
  const lang = useLang();
  const labels = useLabels();
  const { eurosCompact: formatEurosCompact, integer: formatInteger } = formatsOf(lang);
  const categoryTitle = labels.panels.financerCategories;
  const financerTitle = labels.panels.financers;
  const categoryDetails = breakdownDetails("financerCategories", categories.data?.rows ?? [], formatEurosCompact);
  const financerDetails = breakdownDetails("financers", financers.data?.rows ?? [], formatEurosCompact);
  const secondary = { label: labels.columns.fundedPartnerships, format: (row: { partnerships: number }) => formatInteger(row.partnerships) };
  return (
    <>
      <ChartPanel
        id="financer-categories"
        exports={{ panel: "financer-categories", query: dashboardQuery(state) }}
        title={categoryTitle}
        subtitle={subtitle}
        dimmed={categories.stale}
        empty={categories.data !== undefined && categories.data.rows.length === 0}
        table={{ ...pageTable(`${categoryTitle} (${subtitle})`, panelFigures("financer-categories", { financerCategories: categories.data }, state, lang).table, lang), cellAction: categoryDetails.cell }}
      >
        {categories.error ? (
          <PanelError error={categories.error} />
        ) : (
          <BarChart
            rows={categories.data?.rows ?? []}
            title={categoryTitle}
            formatValue={formatEurosCompact}
            color={(row) => FINANCER_CATEGORY_COLORS[row.key as FinancerCategory] ?? OTHERS_COLOR}
            onSelect={(row) =>
              update({
                financerCategory: state.financerCategory.includes(row.key as FinancerCategory)
                  ? state.financerCategory.filter((c) => c !== row.key)
                  : [...state.financerCategory, row.key as FinancerCategory],
              })
            }
            secondary={secondary}
            detail={categoryDetails.bar}
          />
        )}
      </ChartPanel>
      <ChartPanel
        id="financers"
        exports={{ panel: "financers", query: dashboardQuery(state) }}
        title={financerTitle}
        subtitle={subtitle}
        dimmed={financers.stale}
        empty={financers.data !== undefined && financers.data.rows.length === 0}
        table={{ ...pageTable(`${financerTitle} (${subtitle})`, panelFigures("financers", { financers: financers.data }, state, lang).table, lang), cellAction: financerDetails.cell }}
      >
        {financers.error ? (
          <PanelError error={financers.error} />
        ) : (
          <BarChart
            rows={financers.data?.rows ?? []}
            title={financerTitle}
            formatValue={formatEurosCompact}
            onSelect={(row) => {
              const key = String(row.key);
              if (row.key !== OTHERS_KEY) update((s) => (s.financer.includes(key) ? {} : { financer: [...s.financer, key] }));
            }}
            secondary={secondary}
            detail={financerDetails.bar}
          />
        )}
      </ChartPanel>
    </>
  );
}
