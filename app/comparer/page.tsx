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
import { formatsOf } from "@/lib/format";
import { requestLang } from "@/lib/i18n/server";
import { type Lang, labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { pageTable } from "@/lib/panels/page-table";
import { datasetStamp } from "@/lib/presentation/deck";

// Rendered per request: the dataset is read at run time, and every comparison is its own URL.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: labelsOf(await requestLang()).compare.title };
}

const viewOf = (lang: Lang) => ({ panel, figures, breakdown }: ComparePanelData): ComparePanelView => ({
  panel,
  title: figures.title,
  caption: figures.caption,
  coverage: figures.coverage,
  names: figures.names,
  rows: breakdown.rows,
  measure: breakdown.measure,
  table: pageTable(labelsOf(lang).compare.tableCaption(figures.title), figures.table),
});

/**
 * /comparer?a.<filter>=…&b.<filter>=…[&measure=partnerships]: two selections side by side, each
 * panel a breakdown of both on one axis, computed here by the engine for the URL.
 */
export default async function ComparePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const [raw, engine, lang] = await Promise.all([searchParams, getEngine(), requestLang()]);
  const text = labelsOf(lang).compare;
  const pages = labelsOf(lang).pages;
  const f = formatsOf(lang);
  const parsed = parseCompareState(toUrlParams(raw));
  const checked = checkedState(engine, parsed.state);
  const { state } = checked;
  const { sides, panels } = comparisonOf(engine, state, lang);
  const meta = engine.meta(lang);
  const headline = (side: Side) => ({
    partnerships: f.integer(sides[side].partnerships),
    amount: f.euros(sides[side].amount),
    coverage: f.percent(sides[side].coverage.share),
  });
  return (
    <>
      <h1 className="fr-h2 fr-mb-1w">{text.title}</h1>
      <p className="fr-text--lead fr-mb-1w">{text.intro}</p>
      <p className="fr-text--sm provenance">
        {pages.dataset(meta.provenance.description)} {pages.updated(f.isoDate(meta.provenance.updatedAt))}
      </p>
      {meta.provenance.generated ? <DemoBanner realPartnerships={meta.counts.realPartnerships} lang={lang} /> : null}
      <CompareView
        state={state}
        options={filterOptionsOf(meta)}
        issues={[...parsed.issues, ...checked.issues]}
        applied={{ a: sides.a.applied, b: sides.b.applied }}
        headlines={{ a: headline("a"), b: headline("b") }}
        panels={panels.map(viewOf(lang))}
        dataset={datasetStamp(meta.provenance.updatedAt, meta.version)}
      />
    </>
  );
}
