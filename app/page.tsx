import { preload } from "react-dom";
import { Dashboard } from "@/components/dashboard/Dashboard";
import { DemoBanner } from "@/components/summary/DemoBanner";
import { getEngine } from "@/lib/data/engine";
import { buildFallback } from "@/lib/dashboard/fallback";
import { filterOptionsOf } from "@/lib/dashboard/options";
import { parseDashboardState } from "@/lib/dashboard/state-parse";
import { formatIsoDate } from "@/lib/format";
import { BOUNDARIES_URL } from "@/lib/map/boundaries";
import { datasetStamp } from "@/lib/presentation/deck";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";

// The dataset is read at run time (it can be swapped with ATLAS_DATA_DIR without a rebuild).
export const dynamic = "force-dynamic";

type SearchParams = Promise<RawSearchParams>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  // The map's shapes are the largest download: the browser starts it with the HTML.
  preload(BOUNDARIES_URL, { as: "fetch", crossOrigin: "anonymous" });
  const engine = await getEngine();
  const params = toUrlParams(await searchParams);
  const { state, issues: urlIssues } = parseDashboardState(params);
  const { fallback, issues } = buildFallback(engine, state);
  const meta = engine.meta();
  return (
    <>
      <h1 className="fr-h2 fr-mb-1w">La coopération décentralisée en chiffres</h1>
      <p className="fr-text--sm provenance">
        Jeu de données : {meta.provenance.description}. Mis à jour le {formatIsoDate(meta.provenance.updatedAt)}.
      </p>
      {meta.provenance.generated ? <DemoBanner realPartnerships={meta.counts.realPartnerships} /> : null}
      <Dashboard options={filterOptionsOf(meta)} fallback={fallback} serverIssues={issues} dataset={datasetStamp(meta.provenance.updatedAt, meta.version)}
        initial={{ query: new URLSearchParams(params).toString(), state, issues: urlIssues }}
      />
    </>
  );
}
