import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";

export interface DemoBannerProps {
  realPartnerships: number;
  /** The page's language (a server component: no JavaScript for a banner). */
  lang?: Lang;
}

/** Shown wherever generated figures are: they must never be taken for the Atlas's real ones. */
export function DemoBanner({ realPartnerships, lang = "fr" }: DemoBannerProps) {
  const text = labelsOf(lang).pages.demoBanner;
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w" role="note" aria-label={text.title}>
      <h2 className="fr-alert__title">{text.title}</h2>
      <p>
        {text.text(formatsOf(lang).integer(realPartnerships))} <a href={withLang("/donnees", lang)}>{text.link}</a>
      </p>
    </div>
  );
}
