"use client";
import type { Side } from "@/lib/compare/state";
import { useLabels } from "@/lib/i18n/LangContext";
import { DsfrTable } from "../table/DsfrTable";

/** A side's headline figures, formatted by the server. */
export interface SideHeadline {
  partnerships: string;
  amount: string;
  coverage: string;
}

/** Both sides' headline figures in one table: partnerships, declared amounts and their coverage. */
export function CompareSummary({ headlines, names }: { headlines: Record<Side, SideHeadline>; names: Record<Side, string> }) {
  // Rendered within CompareView, a client component: the hook reads the page's language.
  const text = useLabels().compare;
  return (
    <DsfrTable caption={text.summary.caption} className="fr-table--sm compare-summary">
      <thead>
        <tr>
          <th scope="col">{text.summary.side}</th>
          <th scope="col" className="chart-table__numeric">{text.summary.partnerships}</th>
          <th scope="col" className="chart-table__numeric">{text.summary.amount}</th>
          <th scope="col" className="chart-table__numeric">{text.summary.coverage}</th>
        </tr>
      </thead>
      <tbody>
        {(["a", "b"] as const).map((side) => (
          <tr key={side}>
            <th scope="row">{`${text.short[side]} : ${names[side]}`}</th>
            <td className="chart-table__numeric">{headlines[side].partnerships}</td>
            <td className="chart-table__numeric">{headlines[side].amount}</td>
            <td className="chart-table__numeric">{headlines[side].coverage}</td>
          </tr>
        ))}
      </tbody>
    </DsfrTable>
  );
}
