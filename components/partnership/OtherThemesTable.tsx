import type { Lang } from "@/lib/i18n/lang";
import { themeName } from "@/lib/i18n/theme-names";
import { labelsOf } from "@/lib/labels";
import type { OtherTheme } from "@/lib/model";
import { FicheTable } from "./FicheTable";
import { ThemeLink } from "./ThemeLink";

/** "Autres thématiques mises en œuvre pour le partenariat", with the Atlas's columns, by priority. */
export function OtherThemesTable({ themes, lang = "fr" }: { themes: OtherTheme[]; lang?: Lang }) {
  const text = labelsOf(lang).pages.fiche;
  const LABEL = text.otherThemes;
  const headers = text.headers;
  // The Atlas lists them by priority (1 first); rows without one come last, as given.
  const sorted = [...themes].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
  return (
    <>
      <h2 className="fr-h6 fr-mb-1w">{LABEL}</h2>
      <FicheTable
        caption={LABEL}
        headers={[headers.eligibleTheme, headers.subTheme, headers.subSubTheme, headers.priority]}
        lang={lang}
        rows={sorted.map((t) => [<ThemeLink key="theme" label={t.theme} lang={lang} />, t.subTheme && themeName(t.subTheme, lang), t.subSubTheme && themeName(t.subSubTheme, lang), t.priority === null ? null : String(t.priority)])}
      />
    </>
  );
}
