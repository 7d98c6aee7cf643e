import type { Metadata } from "next";
import type { ComparePanelView } from "@/components/compare/ComparePanel";
import { CompareView } from "@/components/compare/CompareView";
import { DemoBanner } from "@/components/summary/DemoBanner";
import { checkedState } from "@/lib/compare/compute";
import { type ComparePanelData, comparisonOf } from "@/lib/compare/load";
import type { Side } from "@/lib/compare/state";
import { parseCompareState } from "@/lib/compare/state-parse";
import { getEngine } from "@/lib/data/engine";
import { filterOptionsOf } from "@/lib/dashboard/options";
import { formatEuros, formatInteger, formatIsoDate, formatPercent } from "@/lib/format";
import { labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { pageTable } from "@/lib/panels/page-table";
import { datasetStamp } from "@/lib/presentation/deck";

// Rendered per request: the dataset is read at run time, and every comparison is its own URL.
export const dynamic = "force-dynamic";

const text = labelsOf().compare;

export const metadata: Metadata = { title: text.title };

const viewOf = ({ panel, figures, breakdown }: ComparePanelData): ComparePanelView => ({
  panel,
  title: figures.title,
  caption: figures.caption,
  coverage: figures.coverage,
  names: figures.names,
  rows: breakdown.rows,
  measure: breakdown.measure,
  table: pageTable(text.tableCaption(figures.title), figures.table),
});

/**
 * /comparer?a.<filter>=…&b.<filter>=…[&measure=partnerships]: two selections side by side, each
 * panel a breakdown of both on one axis, computed here by the engine for the URL.
 */
export default async function ComparePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const [raw, engine] = await Promise.all([searchParams, getEngine()]);
  const parsed = parseCompareState(toUrlParams(raw));
  const checked = checkedState(engine, parsed.state);
  const { state } = checked;
  const { sides, panels } = comparisonOf(engine, state);
  const meta = engine.meta();
  const headline = (side: Side) => ({
    partnerships: formatInteger(sides[side].partnerships),
    amount: formatEuros(sides[side].amount),
    coverage: formatPercent(sides[side].coverage.share),
  });
  return (
    <>
      <h1 className="fr-h2 fr-mb-1w">{text.title}</h1>
      <p className="fr-text--lead fr-mb-1w">{text.intro}</p>
      <p className="fr-text--sm provenance">
        Jeu de données : {meta.provenance.description}. Mis à jour le {formatIsoDate(meta.provenance.updatedAt)}.
      </p>
      {meta.provenance.generated ? <DemoBanner realPartnerships={meta.counts.realPartnerships} /> : null}
      <CompareView
        state={state}
        options={filterOptionsOf(meta)}
        issues={[...parsed.issues, ...checked.issues]}
        applied={{ a: sides.a.applied, b: sides.b.applied }}
        headlines={{ a: headline("a"), b: headline("b") }}
        panels={panels.map(viewOf)}
        dataset={datasetStamp(meta.provenance.updatedAt, meta.version)}
      />
    </>
  );
}
