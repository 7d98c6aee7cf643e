import { Dashboard } from "@/components/dashboard/Dashboard";
import { DemoBanner } from "@/components/summary/DemoBanner";
import { getEngine } from "@/lib/data/engine";
import { buildFallback } from "@/lib/dashboard/fallback";
import { filterOptionsOf } from "@/lib/dashboard/options";
import { parseDashboardState } from "@/lib/dashboard/state-parse";
import { formatsOf } from "@/lib/format";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { datasetStamp } from "@/lib/presentation/deck";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";

// The dataset is read at run time (it can be swapped with ATLAS_DATA_DIR without a rebuild).
export const dynamic = "force-dynamic";

type SearchParams = Promise<RawSearchParams>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const lang = await requestLang();
  const text = labelsOf(lang).dashboard;
  const engine = await getEngine();
  const params = toUrlParams(await searchParams);
  const { state, issues: urlIssues } = parseDashboardState(params);
  const { fallback, issues } = buildFallback(engine, state, lang);
  const meta = engine.meta(lang);
  const f = formatsOf(lang);
  const { demo } = meta.provenance;
  // The dataset describes itself in French: a generated one is described anew in another language.
  const description =
    lang !== "fr" && demo ? text.demoDescription(demo.seed, String(demo.scale), f.integer(meta.counts.realPartnerships)) : meta.provenance.description;
  return (
    <>
      <h1 className="fr-h2 fr-mb-1w">{text.heading}</h1>
      <p className="fr-text--sm provenance">{text.provenance(description, f.isoDate(meta.provenance.updatedAt))}</p>
      {meta.provenance.generated ? <DemoBanner realPartnerships={meta.counts.realPartnerships} lang={lang} /> : null}
      <Dashboard options={filterOptionsOf(meta)} fallback={fallback} serverIssues={issues} dataset={datasetStamp(meta.provenance.updatedAt, meta.version)}
        initial={{ query: new URLSearchParams(params).toString(), state, issues: urlIssues }}
      />
    </>
  );
}
