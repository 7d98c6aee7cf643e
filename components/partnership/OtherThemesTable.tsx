import type { OtherTheme } from "@/lib/model";
import { FicheTable } from "./FicheTable";
import { ThemeLink } from "./ThemeLink";

const LABEL = "Autres thématiques mises en œuvre pour le partenariat";

/** "Autres thématiques mises en œuvre pour le partenariat", with the Atlas's columns, by priority. */
export function OtherThemesTable({ themes }: { themes: OtherTheme[] }) {
  // The Atlas lists them by priority (1 first); rows without one come last, as given.
  const sorted = [...themes].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
  return (
    <>
      <h2 className="fr-h6 fr-mb-1w">{LABEL}</h2>
      <FicheTable
        caption={LABEL}
        headers={["Thématique éligible", "Sous-thématique", "Sous-sous-thématique", "Priorité"]}
        rows={sorted.map((t) => [<ThemeLink key="theme" label={t.theme} />, t.subTheme, t.subSubTheme, t.priority === null ? null : String(t.priority)])}
      />
    </>
  );
}
