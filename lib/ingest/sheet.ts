/**
 * Spreadsheets whose columns are not the project's (the ministry's open data by zone): XLSX or
 * CSV, read through a column map (MAP.json) or recognised French headers. data/README.md,
 * "Importer un tableur", is the user's description.
 */
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Partnership } from "../model";
import { type FundingRules, fundingRules } from "./checks";
import { CSV_COLUMNS } from "./csv";
import { type Layout, findLayout, synonymColumn } from "./sheet-headers";
import { formatInspection } from "./sheet-inspect";
import type { ColumnMap } from "./sheet-map";
import { type SheetFile, readSheetFile } from "./sheet-read";
import { type SheetGroup, sheetGroups } from "./sheet-records";
import { ImportError } from "./values";

export { type ColumnMap, loadColumnMap, parseColumnMap } from "./sheet-map";

export interface SpreadsheetOptions {
  map?: ColumnMap | null;
  rules: FundingRules;
  /** Told what the reader decided on its own (a CSV's encoding and separator). */
  onNote?: (note: string) => void;
}

/** Everything read from a spreadsheet: what import uses and inspect shows. */
export interface SpreadsheetAnalysis {
  file: string;
  sheetFile: SheetFile;
  layout: Layout;
  groups: SheetGroup[];
  /** Every problem of the file, the header's first; import rejects the file when there is any. */
  problems: ImportError[];
}

/**
 * Reads the file, finds its header and reads its partnerships. Throws ImportError when the file
 * cannot be read or has no header row; problems of the rows are returned, not thrown.
 */
export async function analyseSpreadsheet(file: string, map: ColumnMap | null, rules: FundingRules): Promise<SpreadsheetAnalysis> {
  const sheetFile = await readSheetFile(file);
  const layout = findLayout(sheetFile, map);
  const sheet = sheetFile.sheets.find((s) => s.name === layout.sheet)!;
  const groups = sheetGroups(sheet.rows, layout, { file: path.basename(file), rules, origine: map?.origine });
  const problems = [...layout.problems, ...duplicateIds(groups), ...groups.flatMap((group) => group.problems)];
  if (groups.length === 0) problems.push(new ImportError("no data row below the header row", layout.headerLine, null));
  return { file, sheetFile, layout, groups, problems };
}

/** The partnerships of a spreadsheet; throws ImportError with every problem (the file is all-or-nothing). */
export async function readSpreadsheet(file: string, options: SpreadsheetOptions): Promise<Partnership[]> {
  const analysis = await analyseSpreadsheet(file, options.map ?? null, options.rules);
  for (const note of analysis.sheetFile.notes) options.onNote?.(note);
  if (analysis.problems.length > 0) throw ImportError.combine(analysis.problems);
  return analysis.groups.map((group) => group.partnership!);
}

/** What `atlas inspect` prints: the sheet, header, mapping, ignored columns, first partnerships and their problems. */
export async function inspectSpreadsheet(file: string, map?: ColumnMap | null, options: { rules?: FundingRules; rows?: number } = {}): Promise<string> {
  return formatInspection(await analyseSpreadsheet(file, map ?? null, options.rules ?? fundingRules()), options.rows ?? 5);
}

/** Two partnerships of the file with one id: the second would silently replace the first. */
function duplicateIds(groups: readonly SheetGroup[]): ImportError[] {
  const firstLine = new Map<string, number>();
  const problems: ImportError[] = [];
  for (const group of groups) {
    const id = group.partnership?.id;
    if (!id) continue;
    const line = firstLine.get(id);
    if (line === undefined) firstLine.set(id, group.lines[0]!);
    else problems.push(new ImportError(`the partnership of this row has the id "${id}" of the one on line ${line}, with other cells`, group.lines[0]!, null));
  }
  return problems;
}

/**
 * Whether a CSV's first line is the project's own header (csv.ts reads it): a "titre" column and
 * no header that reads as another column than its own name. "Titre;Pays;Montant" is a
 * spreadsheet export for the spreadsheet reader; "titre,pays,financements" is the project's.
 */
export function isProjectCsv(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  let headers: string[];
  try {
    headers = (parse(firstLine) as string[][])[0] ?? [];
  } catch {
    return false;
  }
  const names = headers.map((header) => header.trim().toLowerCase());
  const own = new Set<string>(CSV_COLUMNS);
  return names.includes("titre") && names.every((name) => {
    const column = synonymColumn(name);
    return column === undefined || (column === name && own.has(column));
  });
}
