import type { Metadata } from "next";
import { DataDownloads } from "@/components/downloads/DataDownloads";
import { DemoBanner } from "@/components/summary/DemoBanner";
import { getEngine } from "@/lib/data/engine";
import { formatEurosCompact, formatInteger, formatIsoDate, formatPercent } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Les données",
  description: "Provenance, couverture et limites des données du tableau de bord de la coopération décentralisée.",
};

export default async function DataPage() {
  const engine = await getEngine();
  const { provenance, counts } = engine.meta();
  return (
    <>
      <h1 className="fr-h2">Les données</h1>
      {provenance.generated ? <DemoBanner realPartnerships={counts.realPartnerships} /> : null}
      <p>
        Jeu de données : {provenance.description}. Mis à jour le {formatIsoDate(provenance.updatedAt)} (version {engine.version}).
      </p>
      <div className="fr-table">
        <table>
          <caption>Ce que contient le jeu de données</caption>
          <tbody>
            <tr><th scope="row">Partenariats</th><td>{formatInteger(counts.partnerships)}</td></tr>
            <tr><th scope="row">dont fiches réelles de l&apos;Atlas</th><td>{formatInteger(counts.realPartnerships)}</td></tr>
            <tr><th scope="row">Collectivités françaises</th><td>{formatInteger(counts.frenchAuthorities)}</td></tr>
            <tr><th scope="row">Partenaires étrangers</th><td>{formatInteger(counts.foreignPartners)}</td></tr>
            <tr><th scope="row">Pays partenaires</th><td>{formatInteger(counts.countries)}</td></tr>
            <tr><th scope="row">Financements déclarés</th><td>{formatEurosCompact(counts.totalAmount)}</td></tr>
            <tr><th scope="row">Partenariats déclarant un financement</th><td>{formatPercent(counts.coverage)}</td></tr>
          </tbody>
        </table>
      </div>
      <DataDownloads />
      <h2 className="fr-h4">Comment lire les chiffres</h2>
      <ul>
        <li>Les montants sont déclarés par les collectivités elles-mêmes et souvent absents : chaque total indique la part des partenariats pour lesquels un montant est connu.</li>
        <li>Un financement compte pour l&apos;année de sa ligne de financement ; un partenariat compte pour une période s&apos;il y était actif (commencé avant sa fin, terminé après son début ou toujours en cours).</li>
        <li>Un partenariat à plusieurs thématiques compte, au choix, pour sa thématique principale seule, pour une part égale de chacune, ou en entier sous chacune (les sommes dépassent alors le total).</li>
      </ul>
    </>
  );
}
