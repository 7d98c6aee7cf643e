import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { Source } from "@/lib/model";
import { sourceKindLabel } from "@/lib/partnership/fiche-text";
import { atlasFicheUrl } from "@/lib/pages/links";

export interface SourceNoticeProps {
  source: Source;
  lang?: Lang;
}

/**
 * Where the fiche comes from: its kind, its file and its page on the Atlas. A generated record gets a
 * warning first, so that it is never taken for a real fiche.
 */
export function SourceNotice({ source, lang = "fr" }: SourceNoticeProps) {
  const text = labelsOf(lang).pages.fiche;
  return (
    <>
      {source.real ? null : (
        <div className="fr-alert fr-alert--warning fr-mb-3w" role="note" aria-label={text.demoNotice.label}>
          <h2 className="fr-alert__title">{text.demoNotice.title}</h2>
          <p>{text.demoNotice.text}</p>
        </div>
      )}
      <p className="fr-text--sm fr-mb-3w">
        {text.source}
        {lang === "fr" ? " : " : ": "}
        {sourceKindLabel(source.kind, lang)}
        {source.file ? <> {text.sourceFile(source.file)}</> : null}
        {/* Only the Atlas id is trusted to build a link: a URL read from an imported file could point anywhere. */}
        {source.atlasId !== null ? (
          <>
            {" · "}
            <a
              className="fr-link fr-text--sm"
              href={atlasFicheUrl(source.atlasId)}
              target="_blank"
              rel="noopener noreferrer"
              title={text.atlasLinkTitle}
            >
              {text.atlasLink}
            </a>
          </>
        ) : null}
      </p>
    </>
  );
}
