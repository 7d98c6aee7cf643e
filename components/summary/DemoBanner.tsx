"use client";
import { formatsOf } from "@/lib/format";
import { withLang } from "@/lib/i18n/lang";
import { useLabels, useLang } from "@/lib/i18n/LangContext";

export interface DemoBannerProps {
  realPartnerships: number;
}

/** Shown wherever generated figures are: they must never be taken for the Atlas's real ones. */
export function DemoBanner({ realPartnerships }: DemoBannerProps) {
  // A client component so that it reads the page's language wherever it is rendered (dashboard or page).
  const lang = useLang();
  const text = useLabels().pages.demoBanner;
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w" role="note" aria-label={text.title}>
      <h2 className="fr-alert__title">{text.title}</h2>
      <p>
        {text.text(formatsOf(lang).integer(realPartnerships))} <a href={withLang("/donnees", lang)}>{text.link}</a>
      </p>
    </div>
  );
}
