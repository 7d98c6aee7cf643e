import { countryName } from "../countries";
import { themeName } from "../i18n/theme-names";
import { type Lang, labelsOf } from "../labels";
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
export function triennialText(triennial: Partnership["triennial"], lang: Lang = "fr"): string | null {
  if (triennial === null) return null;
  const text = labelsOf(lang).pages.fiche.triennial;
  return triennial ? text.yes : text.no;
}

/** The name of where a record came from. */
export const sourceKindLabel = (kind: Source["kind"], lang: Lang = "fr"): string => labelsOf(lang).pages.fiche.sourceKinds[kind];

/** A sentence describing the partnership for the page's meta description (160 characters at most); says when it is generated. */
export function partnershipDescription(p: Partnership, lang: Lang = "fr"): string {
  const text = labelsOf(lang).pages.fiche.description;
  const authorities = p.frenchAuthorities.map((a) => a.name).join(", ");
  const partners = p.foreignPartners.map((f) => `${f.name} (${f.country ? countryName(f.country, lang, f.countryName) : f.countryName})`).join(", ");
  const parties = [authorities, partners].filter(Boolean).join(" – ");
  const kind = p.source.real ? text.real : text.demo;
  const sentence = text.sentence(kind, parties, p.theme ? themeName(p.theme.theme, lang) : "");
  return sentence.length <= 160 ? sentence : `${sentence.slice(0, 159).trimEnd()}…`;
}
