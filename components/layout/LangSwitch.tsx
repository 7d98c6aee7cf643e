"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { type Lang, LANG_PARAM, withLang } from "@/lib/i18n/lang";
import { useLabels, useLang } from "@/lib/i18n/LangContext";

const OTHER: Record<Lang, Lang> = { fr: "en", en: "fr" };

/**
 * The link to this same view in the other language: a real link (it can be opened in a new tab,
 * copied, shared), rebuilt from the address as it is now, since the dashboard changes its query
 * without a navigation. Its text is in the language it leads to.
 */
export function LangSwitch() {
  const lang = useLang();
  const other = OTHER[lang];
  const labels = useLabels().site.otherLanguage;
  const pathname = usePathname();
  const params = new URLSearchParams(useSearchParams().toString());
  params.delete(LANG_PARAM);
  const query = params.toString();
  const href = withLang(`${pathname}${query ? `?${query}` : ""}`, other);
  return (
    // A plain <a>: the other language is a new render of every label, server and client alike.
    <a className="fr-btn fr-btn--tertiary-no-outline fr-icon-translate-2 fr-btn--icon-left lang-switch" href={href} hrefLang={other} lang={other}>
      {labels}
    </a>
  );
}
