import type { ReactNode } from "react";
import type { Partnership } from "@/lib/model";
import { titleLines } from "@/lib/partnership/fiche-text";
import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { SourceNotice } from "./SourceNotice";

/**
 * The whole title (first line as the page heading, subtitle lines under it), status and form at a
 * glance, the source, and the page's actions (adding it to the presentation).
 */
export function PartnershipHeader({ partnership, actions, lang = "fr" }: { partnership: Partnership; actions?: ReactNode; lang?: Lang }) {
  const labels = labelsOf(lang);
  const { main, rest } = titleLines(partnership.title);
  const { status, form, source } = partnership;
  return (
    <header>
      <h1 id="fiche-titre" className="fr-h2 fr-mb-1w">{main}</h1>
      {rest.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the title's subtitle lines, rendered on the server and never reordered; two lines can be equal, their position is their identity
        <p key={i} className="fr-text--lead fiche-subtitle fr-mb-1w">{line}</p>
      ))}
      <ul className="fiche-badges fr-mt-2w" aria-label={labels.pages.fiche.inBrief}>
        {status ? (
          <li><p className={`fr-badge fr-badge--no-icon ${status === "ongoing" ? "fr-badge--success" : ""}`}>{labels.statuses[status]}</p></li>
        ) : null}
        {form ? <li><p className="fr-badge fr-badge--no-icon fr-badge--blue-ecume">{form}</p></li> : null}
        {source.real ? null : <li><p className="fr-badge fr-badge--warning">{labels.pages.fiche.demoBadge}</p></li>}
      </ul>
      <SourceNotice source={source} lang={lang} />
      {actions}
    </header>
  );
}
