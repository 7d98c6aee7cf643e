import { ImportError } from "./values";

/** A text that is not a well-formed Atlas fiche; `line` is 1-based, `field` the fiche's label. */
export class FicheError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly field: string | null,
  ) {
    super(message);
    this.name = "FicheError";
  }
}

/** Throws a FicheError whose message starts with the line and the field, like the other importers'. */
export function fail(line: number | null, field: string, reason: string): never {
  throw new FicheError(ImportError.describe(reason, line, field), line, field);
}

/** A line of a fiche as its rendering gives it, whatever the rendering (page text, browser copy, HTML). */
export interface Line {
  /** 1-based, in the original file (for HTML, the source line of the element). */
  no: number;
  text: string;
  /**
   * The cells of a table row when the rendering knows them: a browser copy's tabs and HTML cells
   * keep empty cells, so positions are exact. Without them, a table row is split at its pipes.
   */
  cells?: string[];
}

/** The sections of a fiche, named after the Partnership fields they fill. */
export type SectionKey =
  | "embassy" | "title" | "firstSignatureYear" | "theme" | "subTheme" | "subSubTheme" | "otherThemes"
  | "startYear" | "status" | "endDate" | "context" | "history" | "objectives" | "description" | "form"
  | "foreignPartners" | "foreignContacts" | "frenchAuthorities" | "triennial" | "funding" | "volunteers";

/** The lines between a label and the next one. */
export interface Section {
  key: SectionKey;
  /** The label as printed (old templates say "projet"), for error messages. */
  label: string;
  line: number;
  lines: Line[];
}

const LABELS: [SectionKey, string[]][] = [
  ["title", ["Titre"]],
  ["firstSignatureYear", ["Année de première signature de la convention"]],
  ["theme", ["Thématique d'intervention"]],
  ["subTheme", ["Sous-thématique d'intervention"]],
  ["subSubTheme", ["Sous-sous-thématique d'intervention"]],
  ["otherThemes", ["Autres thématiques mises en œuvre pour le partenariat"]],
  ["startYear", ["Année de début du partenariat"]],
  ["status", ["Le partenariat est"]],
  ["endDate", ["Date de fin du partenariat"]],
  ["context", ["Contexte"]],
  ["history", ["Historique"]],
  ["objectives", ["Objectif du partenariat", "Objectifs du partenariat"]],
  ["description", ["Description détaillée du partenariat"]],
  ["form", ["Votre partenariat prend la forme d'un(e)"]],
  ["foreignPartners", ["Partenaires étrangers du partenariat"]],
  ["foreignContacts", ["Contacts dans les partenaires étrangers du partenariat"]],
  ["frenchAuthorities", ["Collectivités territoriales partenaires du partenariat"]],
  ["triennial", ["Le partenariat n'est pas triennal", "Le partenariat est triennal"]],
  ["funding", ["Financement du partenariat"]],
  [
    "volunteers",
    [
      "Volontaires impliqués dans le partenariat (VSI, service civique, etc.) d'Échange et de Solidarité",
      "Volontaires impliqués dans le partenariat (VSI, service civique, etc.)",
      "Volontaires impliqués dans le partenariat",
    ],
  ],
];

/** Older fiches say "du projet", "de projet" where newer ones say "du partenariat". */
function labelPattern(label: string): string {
  return label
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\b(du|de) partenariat\b/g, "(?:du|de) (?:partenariat|projet)")
    .replace(/\bpartenariat\b/g, "(?:partenariat|projet)")
    .replace(/œ/g, "(?:œ|oe)");
}

const LABEL_PATTERNS = LABELS.map(([key, labels]) => ({
  key,
  pattern: new RegExp(`^(?:${labels.map(labelPattern).join("|")})$`, "iu"),
}));

/** The embassy label carries its value: Contacts dans le poste diplomatique "Ambassade de France à Rabat". */
const EMBASSY_LABEL = /^Contacts dans le poste diplomatique\b\s*:?\s*(.*)$/iu;
/** Repeated on every printed page of the Atlas; never part of a section. */
const PAGE_HEADER = /^Atlas français de la coopération décentralisée\b/iu;

/** Trims, unifies apostrophes and spaces, and drops a trailing colon, so labels match however printed. */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[’‘ʼ]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*:$/, "");
}

/** A fiche cut at its labels. */
export interface Sections {
  get(key: SectionKey): Section | undefined;
  /** The post named in the embassy label, or null. */
  embassyPost: string | null;
}

/** True when a text is one of the fiche's labels (as printed, colon or not): a reader keeps it on its own line. */
export function isLabel(text: string): boolean {
  const label = normalizeLabel(text);
  return label !== "" && (EMBASSY_LABEL.test(label) || LABEL_PATTERNS.some(({ pattern }) => pattern.test(label)));
}

/** The lines of a plain text (the page text's rendering), numbered from 1, without a byte order mark. */
export function textLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({ no: index + 1, text }));
}

/**
 * Cuts a fiche into its labelled sections: the page text, or the lines any rendering gives. Lines
 * before the first label are ignored (page chrome); a label seen twice continues its first section
 * so that nothing is lost. A table row (a line with cells) is never a label.
 */
export function splitSections(input: string | readonly Line[]): Sections {
  const byKey = new Map<SectionKey, Section>();
  let embassyPost: string | null = null;
  let current: Section | undefined;
  const open = (key: SectionKey, label: string, no: number) => {
    current = byKey.get(key) ?? { key, label, line: no, lines: [] };
    byKey.set(key, current);
  };

  for (const line of typeof input === "string" ? textLines(input) : input) {
    const { no } = line;
    if (line.cells) {
      current?.lines.push(line);
      continue;
    }
    const label = normalizeLabel(line.text);
    if (!label || PAGE_HEADER.test(label)) continue;
    const embassy = EMBASSY_LABEL.exec(label);
    if (embassy) {
      embassyPost ??= embassy[1]!.replace(/^["“«\s]+|["”»\s]+$/g, "") || null;
      open("embassy", "Contacts dans le poste diplomatique", no);
      continue;
    }
    const known = LABEL_PATTERNS.find(({ pattern }) => pattern.test(label));
    if (known) open(known.key, label, no);
    else current?.lines.push({ no, text: line.text.trim() });
  }
  return { get: (key) => byKey.get(key), embassyPost };
}

/**
 * The paragraphs (lines) of a text, joined with "\n". The Atlas page repeats paragraphs, so a line
 * already kept is dropped; null when there is no text.
 */
export function paragraphs(lines: readonly Line[]): string | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const { text } of lines) {
    const key = text.replace(/\s+/g, " ");
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept.length > 0 ? kept.join("\n") : null;
}

/** A one-value section (a year, a status, a theme): its lines joined with a space, and where it starts. */
export function singleValue(section: Section | undefined): { text: string; line: number } | null {
  if (!section || section.lines.length === 0) return null;
  return { text: section.lines.map((l) => l.text).join(" "), line: section.lines[0]!.no };
}
