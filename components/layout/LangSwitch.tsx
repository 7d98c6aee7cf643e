"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { type Lang, LANG_PARAM, withLang } from "@/lib/i18n/lang";

const OTHER: Record<Lang, Lang> = { fr: "en", en: "fr" };

export interface LangSwitchProps {
  /** The page's language. */
  lang: Lang;
  /** The other language's name, in that language. */
  label: string;
}

/**
 * The link to this same view in the other language: a real link (it can be opened in a new tab,
 * copied, shared), rebuilt from the address as it is now, since the dashboard changes its query
 * without a navigation. Its text is in the language it leads to. The server gives the text: this
 * component, on every page, does not need the label table.
 */
export function LangSwitch({ lang, label }: LangSwitchProps) {
  const other = OTHER[lang];
  const pathname = usePathname();
  const params = new URLSearchParams(useSearchParams().toString());
  params.delete(LANG_PARAM);
  const query = params.toString();
  const href = withLang(`${pathname}${query ? `?${query}` : ""}`, other);
  return (
    // A plain <a>: the other language is a new render of every label, server and client alike.
    <a className="fr-btn fr-btn--tertiary-no-outline fr-icon-translate-2 fr-btn--icon-left lang-switch" href={href} hrefLang={other} lang={other}>
      {label}
    </a>
  );
}
