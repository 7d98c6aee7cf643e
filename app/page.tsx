import { DemoBanner } from "@/components/summary/DemoBanner";
import { HeadlineTiles } from "@/components/summary/HeadlineTiles";
import { getEngine } from "@/lib/data/engine";
import { formatIsoDate } from "@/lib/format";

// The dataset is read at run time (it can be swapped with ATLAS_DATA_DIR without a rebuild).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const engine = await getEngine();
  const { dataset } = engine;
  const summary = engine.meta().counts;
  return (
    <>
      <h1>La coopération décentralisée en chiffres</h1>
      {dataset.meta.demo ? <DemoBanner realPartnerships={summary.realPartnerships} /> : null}
      <HeadlineTiles summary={summary} />
      <p className="provenance">
        Jeu de données : {dataset.meta.description}. Mis à jour le {formatIsoDate(dataset.meta.updatedAt)}.
      </p>
    </>
  );
}
