import { formatInteger } from "@/lib/format";

export interface DemoBannerProps {
  realPartnerships: number;
}

/** Shown wherever generated figures are: they must never be taken for the Atlas's real ones. */
export function DemoBanner({ realPartnerships }: DemoBannerProps) {
  return (
    <div className="demo-banner" role="note" aria-label="Données de démonstration">
      <strong>Données de démonstration</strong>
      Ces chiffres sont générés à l&apos;image de l&apos;Atlas (échelle, pays, thématiques, montants) et ne sont pas
      ceux de l&apos;Atlas réel. Seules {formatInteger(realPartnerships)} fiches réelles y figurent.
    </div>
  );
}
