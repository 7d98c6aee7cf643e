import { formatInteger } from "@/lib/format";

export interface DemoBannerProps {
  realPartnerships: number;
}

/** Shown wherever generated figures are: they must never be taken for the Atlas's real ones. */
export function DemoBanner({ realPartnerships }: DemoBannerProps) {
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w" role="note" aria-label="Données de démonstration">
      <h2 className="fr-alert__title">Données de démonstration</h2>
      <p>
        Ces chiffres sont générés à l&apos;image de l&apos;Atlas (échelle, pays, thématiques, montants) : ce ne sont pas ceux
        de l&apos;Atlas réel. Seules {formatInteger(realPartnerships)} fiches réelles y figurent.{" "}
        <a href="/donnees">En savoir plus sur les données</a>
      </p>
    </div>
  );
}
