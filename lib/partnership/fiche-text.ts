import type { Partnership, Source } from "../model";

/** A title's first line and the subtitle lines after it (the Atlas keeps a subtitle after a line break). */
export function titleLines(title: string): { main: string; rest: string[] } {
  const [main = "", ...rest] = paragraphsOf(title);
  return { main, rest };
}

/** The title's first line, cut at a word to at most `max` characters (with "…"), for breadcrumbs and tabs. */
export function shortTitle(title: string, max = 80): string {
  const { main } = titleLines(title);
  if (main.length <= max) return main;
  const cut = main.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/** A fiche's free text as paragraphs: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "Le partenariat est triennal" / "… n'est pas triennal" as printed on the fiche, null when the fiche does not say. */
export function triennialText(triennial: Partnership["triennial"]): string | null {
  if (triennial === null) return null;
  return triennial ? "Le partenariat est triennal" : "Le partenariat n'est pas triennal";
}

const SOURCE_KIND_LABELS: Record<Source["kind"], string> = {
  "atlas-fiche": "Fiche de l'Atlas",
  csv: "Import CSV",
  spreadsheet: "Import de tableur",
  json: "Import JSON",
  demo: "Données de démonstration",
};

/** The French name of where a record came from. */
export const sourceKindLabel = (kind: Source["kind"]): string => SOURCE_KIND_LABELS[kind];

/** A sentence describing the partnership for the page's meta description (160 characters at most); says when it is generated. */
export function partnershipDescription(p: Partnership): string {
  const authorities = p.frenchAuthorities.map((a) => a.name).join(", ");
  const partners = p.foreignPartners.map((f) => `${f.name} (${f.countryName})`).join(", ");
  const parties = [authorities, partners].filter(Boolean).join(" – ");
  const theme = p.theme ? ` : ${p.theme.theme}` : "";
  const kind = p.source.real ? "Fiche du partenariat" : "Fiche de démonstration (générée) du partenariat";
  const sentence = `${kind} de coopération décentralisée${parties ? ` ${parties}` : ""}${theme}.`;
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 159).trimEnd()}…`;
}
