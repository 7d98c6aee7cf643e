import { createHash } from "node:crypto";
import { type Embassy, type Partnership, partnershipSchema, type Status } from "../model";
import { type FundingRules, fundingRules } from "./checks";
import { ficheLines } from "./fiche-renderings";
import { FicheError, fail, type Line, paragraphs, type Section, singleValue, splitSections } from "./fiche-sections";
import { foreignContacts, foreignPartners, frenchAuthorities, funding, otherThemes, volunteers } from "./fiche-tables";
import { parseFrenchDate, parseYear } from "./values";

export { FicheError };
export { type FicheRendering, ficheRendering } from "./fiche-renderings";

/** How a fiche's text was obtained: what names the record and where it came from. */
export interface FicheOptions {
  /** Overrides the id derived from the Atlas id or the content. */
  id?: string;
  /**
   * The file the text was read from; an Atlas id in its name ("atlas-fiche-15909-…", "prjId=15909")
   * is used, and a `.html`/`.htm` name lets a fragment of markup be read as HTML.
   */
  file?: string | null;
  atlasId?: number | null;
  /** The funding rules of the import (default: today's, with the amount ceiling). */
  rules?: FundingRules;
}

const ATLAS_PAGE = "https://pastel.diplomatie.gouv.fr/cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=";

/**
 * Parses an Atlas fiche into a validated Partnership, whichever its rendering (the page's text, a
 * browser copy, the page saved as HTML: see ficheRendering); throws FicheError naming the line in
 * the original file and the field.
 */
export function parseFiche(text: string, options: FicheOptions = {}): Partnership {
  const rendering = ficheLines(text, options.file);
  const sections = splitSections(rendering.lines);
  const titleSection = sections.get("title");
  if (!titleSection) throw new FicheError("no Titre section: this is not an Atlas fiche", null, "Titre");
  const title = paragraphs(titleSection.lines) ?? fail(titleSection.line, titleSection.label, "the title is empty");

  const authorities = frenchAuthorities(sections.get("frenchAuthorities"));
  const partners = foreignPartners(sections.get("foreignPartners"));
  const triennial = sections.get("triennial");
  const atlasId = options.atlasId ?? atlasIdFromFile(options.file) ?? rendering.atlasId;
  const id = options.id ?? (atlasId !== null ? String(atlasId) : contentId(title, authorities, partners));

  const partnership = {
    id,
    title,
    firstSignatureYear: year(sections.get("firstSignatureYear")),
    theme: theme(sections.get("theme"), sections.get("subTheme"), sections.get("subSubTheme")),
    otherThemes: otherThemes(sections.get("otherThemes")),
    startYear: year(sections.get("startYear")),
    status: status(sections.get("status")),
    endDate: date(sections.get("endDate")),
    context: prose(sections.get("context")),
    history: prose(sections.get("history")),
    objectives: objectives(sections.get("objectives")),
    description: prose(sections.get("description")),
    form: singleValue(sections.get("form"))?.text ?? null,
    // The label itself is the value: "Le partenariat n'est pas triennal" / "… est triennal".
    triennial: triennial ? !/n'est pas/i.test(triennial.label) : null,
    frenchAuthorities: authorities,
    foreignPartners: partners,
    foreignContacts: foreignContacts(sections.get("foreignContacts")),
    embassy: embassy(sections.embassyPost, sections.get("embassy")),
    funding: funding(sections.get("funding"), authorities.map((a) => a.name), options.rules ?? fundingRules()),
    volunteers: volunteers(sections.get("volunteers")),
    source: {
      kind: "atlas-fiche" as const,
      real: true,
      file: options.file || null,
      url: atlasId !== null ? `${ATLAS_PAGE}${atlasId}` : null,
      atlasId,
    },
  };

  const checked = partnershipSchema.safeParse(partnership);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const field = issue.path.join(".");
    throw new FicheError(`field "${field}": ${issue.message} (the fiche does not make a valid partnership)`, null, field);
  }
  return checked.data;
}

function atlasIdFromFile(file: string | null | undefined): number | null {
  const match = file ? /(?:fiche-|prjId=)(\d{3,})/.exec(file) : null;
  return match ? Number(match[1]) : null;
}

/** Without an Atlas id, the content names the record, so that re-importing a fiche updates it. */
function contentId(title: string, authorities: readonly { name: string }[], partners: readonly { name: string }[]) {
  const key = JSON.stringify([title, authorities.map((a) => a.name), partners.map((p) => p.name)]);
  return `fiche-${createHash("sha1").update(key).digest("hex").slice(0, 10)}`;
}

/** Runs a values.ts parser, reporting its failure at the section's line and label. */
function checkedValue<T>(section: Section | undefined, parse: (raw: string) => T): T | null {
  const value = singleValue(section);
  if (!value) return null;
  try {
    return parse(value.text);
  } catch (error) {
    return fail(value.line, section!.label, (error as Error).message);
  }
}

const year = (section: Section | undefined) => checkedValue(section, parseYear);
const date = (section: Section | undefined) => checkedValue(section, parseFrenchDate);
const prose = (section: Section | undefined) => (section ? paragraphs(section.lines) : null);

const STATUSES: Record<string, Status> = { "en cours": "ongoing", terminé: "completed", terminée: "completed" };

function status(section: Section | undefined): Status | null {
  return checkedValue(section, (raw) => {
    const found = STATUSES[raw.normalize("NFC").toLowerCase()];
    if (!found) throw new Error(`"${raw}" is not a status ("En cours" or "Terminé")`);
    return found;
  });
}

function theme(themeSection?: Section, subSection?: Section, subSubSection?: Section): Partnership["theme"] {
  const [main, sub, subSub] = [themeSection, subSection, subSubSection].map((s) => singleValue(s));
  if (!main) {
    const orphan = sub ? subSection : subSub ? subSubSection : undefined;
    if (orphan) fail(orphan.lines[0]!.no, orphan.label, "a sub-theme without a theme");
    return null;
  }
  return { theme: main.text, subTheme: sub?.text ?? null, subSubTheme: subSub?.text ?? null };
}

// Text may follow a sub-heading's colon on the same line.
const LOCAL_HEADING = /^Objectifs? locaux\s*(?::\s*(.*))?$/iu;
const FRANCE_HEADING = /^Objectifs? en France\s*(?::\s*(.*))?$/iu;

/** Text before any sub-heading is local; each sub-section drops its own repeated paragraphs. */
function objectives(section: Section | undefined): Partnership["objectives"] {
  const local: Line[] = [];
  const france: Line[] = [];
  let target = local;
  for (const line of section?.lines ?? []) {
    const heading = LOCAL_HEADING.exec(line.text) ?? FRANCE_HEADING.exec(line.text);
    if (!heading) {
      target.push(line);
      continue;
    }
    target = LOCAL_HEADING.test(line.text) ? local : france;
    if (heading[1]) target.push({ no: line.no, text: heading[1] });
  }
  return { local: paragraphs(local), france: paragraphs(france) };
}

const EMAIL_LABEL = /^Courriel\s*(?::\s*(.*))?$/iu;
const looksLikeEmail = (text: string) => /@|\[at\]/i.test(text);

/**
 * The embassy's contacts are printed as role, name, "Courriel :", e-mail. A group without an
 * e-mail is just role and name; the e-mail is kept as printed ("[at]" included).
 */
function embassy(post: string | null, section: Section | undefined): Embassy | null {
  if (!post) return null;
  const contacts: Embassy["contacts"] = [];
  let pending: string[] = [];
  const flush = (email: string | null) => {
    for (let i = 0; i < pending.length; i += 2) contacts.push({ role: pending[i]!, name: pending[i + 1] ?? null, email: null });
    const last = contacts[contacts.length - 1];
    if (email && last && !last.email) last.email = email;
    pending = [];
  };
  const lines = section?.lines ?? [];
  for (let i = 0; i < lines.length; i++) {
    const label = EMAIL_LABEL.exec(lines[i]!.text);
    if (!label) {
      pending.push(lines[i]!.text);
      continue;
    }
    let email = label[1] || null;
    const next = lines[i + 1]?.text;
    if (!email && next && looksLikeEmail(next)) {
      email = next;
      i++;
    }
    flush(email);
  }
  flush(null);
  return { post, contacts };
}
