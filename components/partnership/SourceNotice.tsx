import type { Source } from "@/lib/model";
import { sourceKindLabel } from "@/lib/partnership/fiche-text";
import { atlasFicheUrl } from "@/lib/pages/links";

export interface SourceNoticeProps {
  source: Source;
}

/**
 * Where the fiche comes from: its kind, its file and its page on the Atlas. A generated record gets a
 * warning first, so that it is never taken for a real fiche.
 */
export function SourceNotice({ source }: SourceNoticeProps) {
  return (
    <>
      {source.real ? null : (
        <div className="fr-alert fr-alert--warning fr-mb-3w" role="note" aria-label="Fiche de démonstration">
          <h2 className="fr-alert__title">Fiche de démonstration : générée, ce n&apos;est pas une fiche de l&apos;Atlas</h2>
          <p>
            Ce partenariat, ses collectivités, ses textes et ses montants ont été inventés à l&apos;image de l&apos;Atlas pour
            montrer le tableau de bord : ils ne décrivent aucune coopération réelle.
          </p>
        </div>
      )}
      <p className="fr-text--sm fr-mb-3w">
        Source : {sourceKindLabel(source.kind)}
        {source.file ? <> (fichier « {source.file} »)</> : null}
        {/* Only the Atlas id is trusted to build a link: a URL read from an imported file could point anywhere. */}
        {source.atlasId !== null ? (
          <>
            {" · "}
            <a
              className="fr-link fr-text--sm"
              href={atlasFicheUrl(source.atlasId)}
              target="_blank"
              rel="noopener noreferrer"
              title="Voir la fiche sur l'Atlas - nouvelle fenêtre"
            >
              Voir la fiche sur l&apos;Atlas
            </a>
          </>
        ) : null}
      </p>
    </>
  );
}
