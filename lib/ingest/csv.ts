import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { resolveFrenchAuthority } from "../authorities";
import { countryCodeFromName } from "../countries";
import { categorizeFinancer } from "../financers";
import { type FundingRow, type OtherTheme, type Partnership, type Source, partnershipSchema } from "../model";
import { checkAmount, checkFundingYear, type FundingRules, fundingRules } from "./checks";
import { ImportError, parseFrenchNumber, parseFrenchDate, parseYear } from "./values";

/**
 * The project's own CSV format (documented in data/README.md): one partnership a row, French
 * column names. It is a superset of the columns of the real transcribed sample
 * (data/real/atlas-fiches-sample.csv), which therefore imports as it is.
 */
export const CSV_COLUMNS = [
  "id", "prj_id", "source_url", "origine", "collectivite_francaise", "partenaire_etranger", "pays",
  "poste_diplomatique", "titre", "annee_premiere_signature", "thematique", "sous_thematique",
  "sous_sous_thematique", "autres_thematiques", "annee_debut", "statut", "date_fin", "forme", "triennal",
  "contexte", "historique", "objectifs_locaux", "objectifs_france", "description", "financements",
] as const;
export type Column = (typeof CSV_COLUMNS)[number];
export type Row = Partial<Record<Column, string>> & Record<string, string>;

/** Separates the values of a multi-valued cell ("Dijon ; Dijon Métropole"). */
const LIST_SEPARATOR = ";";
/** Separates the fields of one funding entry: "financeur | montant | montant Oudin | année". */
const FIELD_SEPARATOR = "|";

const STATUS_LABELS: Record<string, Partnership["status"]> = {
  "en cours": "ongoing", termine: "completed", "terminé": "completed", terminee: "completed", "terminée": "completed",
};

export const list = (cell: string | undefined): string[] =>
  (cell ?? "").split(LIST_SEPARATOR).map((value) => value.trim()).filter(Boolean);
export const orNull = (cell: string | undefined): string | null => (cell?.trim() ? cell.trim() : null);

/** Parses a CSV file of the project's format; throws ImportError listing every bad row with its line. */
export function parseCsv(text: string, file: string | null, rules: FundingRules = fundingRules()): Partnership[] {
  let records: { record: Row; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      info: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw new ImportError(`not a readable CSV file: ${(error as Error).message}`, line, null);
  }
  if (records.length === 0) throw new ImportError("the CSV file has no data row", 1, null);
  const header = Object.keys(records[0]!.record);
  if (!header.includes("titre")) throw new ImportError('no "titre" column: not a partnership CSV file', 1, "titre");

  const partnerships: Partnership[] = [];
  const problems: ImportError[] = [];
  for (const { record, info } of records) {
    try {
      partnerships.push(rowToPartnership(record, info.lines, { file, rules }));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0) throw ImportError.combine(problems);
  return partnerships;
}

/** How a row becomes a record, for the readers that share rowToPartnership. */
export interface RowOptions {
  file: string | null;
  /** Default "csv". */
  kind?: Source["kind"];
  /**
   * The funding rows when the caller read them itself (a spreadsheet's one amount a row); without
   * them the row's `financements` column is parsed.
   */
  funding?: FundingRow[];
  /** The import's funding rules (default: today's, with the amount ceiling). */
  rules?: FundingRules;
}

/** One row of cells by column (strings, as a CSV gives them) into a record; throws ImportError on the first bad cell. */
export function rowToPartnership(row: Row, line: number, options: RowOptions): Partnership {
  const at = <T>(field: Column, read: () => T): T => {
    try {
      return read();
    } catch (error) {
      throw new ImportError((error as Error).message, line, field);
    }
  };
  const title = orNull(row.titre);
  if (!title) throw new ImportError("empty title", line, "titre");
  const atlasId = at("prj_id", () => (orNull(row.prj_id) ? parseAtlasId(row.prj_id!) : null));

  const frenchAuthorities = list(row.collectivite_francaise).map(resolveFrenchAuthority);
  const countries = list(row.pays);
  const foreignPartners = list(row.partenaire_etranger).map((name, index) => {
    const countryName = countries[index] ?? countries[0];
    if (!countryName) throw new ImportError(`no country for foreign partner "${name}"`, line, "pays");
    return { name, country: countryCodeFromName(countryName), countryName };
  });
  const authorityNames = frenchAuthorities.map((a) => a.name);
  const theme = orNull(row.thematique);

  const draft = {
    id: orNull(row.id) ?? (atlasId ? String(atlasId) : contentId(title, authorityNames, foreignPartners.map((p) => p.name))),
    title: title.replace(/\r\n/g, "\n"),
    firstSignatureYear: at("annee_premiere_signature", () => parseYear(row.annee_premiere_signature)),
    theme: theme
      ? { theme, subTheme: orNull(row.sous_thematique), subSubTheme: orNull(row.sous_sous_thematique) }
      : null,
    otherThemes: at("autres_thematiques", () => parseOtherThemes(row.autres_thematiques)),
    startYear: at("annee_debut", () => parseYear(row.annee_debut)),
    status: at("statut", () => parseStatus(row.statut)),
    endDate: at("date_fin", () => parseFrenchDate(row.date_fin)),
    context: orNull(row.contexte),
    history: orNull(row.historique),
    objectives: { local: orNull(row.objectifs_locaux), france: orNull(row.objectifs_france) },
    description: orNull(row.description),
    form: orNull(row.forme),
    triennial: at("triennal", () => parseBoolean(row.triennal)),
    frenchAuthorities,
    foreignPartners,
    foreignContacts: [],
    embassy: orNull(row.poste_diplomatique) ? { post: row.poste_diplomatique!.trim(), contacts: [] } : null,
    funding: options.funding ?? at("financements", () => parseFunding(row.financements, authorityNames, options.rules ?? fundingRules())),
    volunteers: [],
    source: {
      kind: options.kind ?? "csv",
      real: (orNull(row.origine) ?? "atlas").toLowerCase() !== "demo",
      file: options.file,
      url: orNull(row.source_url),
      atlasId,
    },
  };
  const parsed = partnershipSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`${issue.path.join(".")}: ${issue.message}`, line, null);
  }
  return parsed.data;
}

function parseAtlasId(value: string): number {
  const id = Number(value.trim());
  if (!Number.isInteger(id) || id <= 0) throw new Error(`"${value}" is not an Atlas project id`);
  return id;
}

function parseStatus(cell: string | undefined): Partnership["status"] {
  const value = orNull(cell);
  if (!value) return null;
  const status = STATUS_LABELS[value.toLowerCase()] ?? (value === "ongoing" || value === "completed" ? value : undefined);
  if (!status) throw new Error(`"${value}" is neither "En cours" nor "Terminé"`);
  return status;
}

function parseBoolean(cell: string | undefined): boolean | null {
  const value = orNull(cell)?.toLowerCase();
  if (!value) return null;
  if (["oui", "true", "1"].includes(value)) return true;
  if (["non", "false", "0"].includes(value)) return false;
  throw new Error(`"${cell}" is neither "oui" nor "non"`);
}

/** "Thème > Sous-thème > Sous-sous-thème (priorité 1); …" */
function parseOtherThemes(cell: string | undefined): OtherTheme[] {
  return list(cell).map((entry) => {
    const match = /^(.*?)\s*(?:\(priorité\s*(\d+)\))?$/i.exec(entry)!;
    const [theme, subTheme, subSubTheme] = match[1]!.split(">").map((part) => part.trim());
    if (!theme) throw new Error(`"${entry}" has no theme`);
    return { theme, subTheme: subTheme || null, subSubTheme: subSubTheme || null, priority: match[2] ? Number(match[2]) : null };
  });
}

/**
 * "Financeur | 8 845 | | 2020 ; Dijon | 11241 | 500 | 2020": financer, amount, one to three 1 % Eau
 * amounts (an empty field for none) and the year, always last.
 */
export function parseFunding(cell: string | undefined, authorityNames: string[], rules: FundingRules): FundingRow[] {
  return list(cell).map((entry) => {
    const fields = entry.split(FIELD_SEPARATOR).map((part) => part.trim());
    const [financer, amount] = fields;
    if (!financer || amount === undefined || fields.length < 4 || fields.length > 6) {
      throw new Error(`"${entry}" is not "financeur | montant | montant Oudin | année"`);
    }
    const oudin = fields.slice(2, -1).filter(Boolean).map((value) => checkAmount(parseFrenchNumber(value), rules, "1 % Eau amount"));
    return {
      financer,
      category: categorizeFinancer(financer, authorityNames),
      amount: checkAmount(parseFrenchNumber(amount), rules),
      oudinAmount: oudin.length === 0 ? null : oudin.reduce((sum, value) => sum + value, 0),
      ...(oudin.length > 1 ? { oudinAmounts: oudin } : {}),
      year: checkFundingYear(fields[fields.length - 1], rules),
    };
  });
}

function contentId(title: string, authorities: string[], partners: string[]): string {
  const hash = createHash("sha1").update([title, ...authorities, "|", ...partners].join("\n")).digest("hex");
  return `csv-${hash.slice(0, 10)}`;
}

const joinList = (values: (string | null)[]) => values.filter(Boolean).join(` ${LIST_SEPARATOR} `);
const frenchDate = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "");

/** Writes partnerships in the project's CSV format; parseCsv reads it back to the same records. */
export function toCsv(partnerships: readonly Partnership[]): string {
  const rows = partnerships.map((p): Record<Column, string> => ({
    id: p.id,
    prj_id: p.source.atlasId ? String(p.source.atlasId) : "",
    source_url: p.source.url ?? "",
    origine: p.source.real ? "atlas" : "demo",
    collectivite_francaise: joinList(p.frenchAuthorities.map((a) => a.name)),
    partenaire_etranger: joinList(p.foreignPartners.map((f) => f.name)),
    pays: joinList(p.foreignPartners.map((f) => f.countryName)),
    poste_diplomatique: p.embassy?.post ?? "",
    titre: p.title,
    annee_premiere_signature: p.firstSignatureYear?.toString() ?? "",
    thematique: p.theme?.theme ?? "",
    sous_thematique: p.theme?.subTheme ?? "",
    sous_sous_thematique: p.theme?.subSubTheme ?? "",
    autres_thematiques: joinList(
      p.otherThemes.map((t) =>
        [t.theme, t.subTheme, t.subSubTheme].filter(Boolean).join(" > ") + (t.priority ? ` (priorité ${t.priority})` : ""),
      ),
    ),
    annee_debut: p.startYear?.toString() ?? "",
    statut: p.status === "ongoing" ? "En cours" : p.status === "completed" ? "Terminé" : "",
    date_fin: frenchDate(p.endDate),
    forme: p.form ?? "",
    triennal: p.triennial === null ? "" : p.triennial ? "oui" : "non",
    contexte: p.context ?? "",
    historique: p.history ?? "",
    objectifs_locaux: p.objectives.local ?? "",
    objectifs_france: p.objectives.france ?? "",
    description: p.description ?? "",
    financements: joinList(
      p.funding.map((f) =>
        [f.financer, String(f.amount), ...(f.oudinAmounts ?? [f.oudinAmount ?? ""]).map(String), f.year?.toString() ?? ""].join(` ${FIELD_SEPARATOR} `),
      ),
    ),
  }));
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}
