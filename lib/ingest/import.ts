import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Dataset, Partnership } from "../model";
import { partnershipSchema } from "../model";
import { readDataset, writeDataset } from "../data/store";
import { type FundingRules, fundingProblems, fundingRules } from "./checks";
import { parseCsv } from "./csv";
import { parseFiche } from "./fiche";
import { parseJson } from "./json";
import { RecordMatcher, type UpdatedRecord } from "./match";
import { sanitizeRecord } from "./sanitize";
import { type ColumnMap, isProjectCsv, readSpreadsheet } from "./sheet";

export type { UpdatedRecord } from "./match";

/** A problem of a file, or a remark on a record that was imported; `line` and `field` when known. */
export interface FileProblem {
  line: number | null;
  field: string | null;
  message: string;
}

/** One file that was not imported, with every problem found in it. */
export interface RejectedFile {
  file: string;
  problems: FileProblem[];
}

/** Something imported that a user should know about (text cleaned, a side of the partnership missing). */
export interface ImportWarning extends FileProblem {
  file: string;
  /** The record's id in the dataset. */
  record: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  /** Each record that replaced one already there, and how it was recognised. */
  updatedRecords: UpdatedRecord[];
  rejected: RejectedFile[];
  warnings: ImportWarning[];
  /** Partnerships in the dataset after the import. */
  total: number;
}

export interface ImportOptions {
  /** The columns of spreadsheets (`--map MAP.json`): every .xlsx and .csv file is then read with it. */
  map?: ColumnMap | null;
  /** Accept amounts above the ceiling of one funding row (checks.ts), knowingly. */
  allowLargeAmounts?: boolean;
  /** Told what a reader decided on its own about a file (a CSV decoded as Windows-1252). */
  onNote?: (file: string, note: string) => void;
}

/**
 * Reads one file of any supported format (by extension: .xlsx, .csv, .json, else an Atlas fiche:
 * its page text, a browser copy or the page saved as HTML, told apart by the content). A CSV is
 * the project's format unless a map is given or its header is another's (recognised French
 * headers, a title line above it): it is then read as a spreadsheet.
 */
export async function readPartnershipFile(
  file: string,
  options: { map?: ColumnMap | null; rules?: FundingRules; onNote?: (note: string) => void } = {},
): Promise<Partnership[]> {
  const extension = path.extname(file).toLowerCase();
  const spreadsheet = { map: options.map, rules: options.rules ?? fundingRules(), onNote: options.onNote };
  if (extension === ".xlsx") return readSpreadsheet(file, spreadsheet);
  const text = await readFile(file, "utf8");
  const name = path.basename(file);
  switch (extension) {
    case ".csv":
      if (options.map || !isProjectCsv(text)) return readSpreadsheet(file, spreadsheet);
      return parseCsv(text, name, spreadsheet.rules);
    case ".json":
      return parseJson(text);
    default:
      return [parseFiche(text, { file: name, rules: spreadsheet.rules })];
  }
}

/** Merges records into a list: the same partnership (match.ts) is replaced in place, others are added. */
export function mergePartnerships(existing: readonly Partnership[], incoming: readonly Partnership[]) {
  const matcher = new RecordMatcher(existing);
  const updatedRecords = incoming.map((record) => matcher.put(record, record.source.file)).filter((u) => u !== null);
  return { merged: matcher.records, added: incoming.length - updatedRecords.length, updated: updatedRecords.length, updatedRecords };
}

/**
 * A file's records made safe to keep: unwanted characters removed (and said), the funding rules
 * checked whatever the format, and a warning for a partnership missing one of its two sides.
 * Throws with every problem when the file must be rejected.
 */
function checkedRecords(records: Partnership[], rules: FundingRules) {
  const problems: FileProblem[] = [];
  const kept: { record: Partnership; warnings: FileProblem[] }[] = [];
  for (const raw of records) {
    const { record, removed } = sanitizeRecord(raw);
    const name = `record "${record.id}"`;
    // Every reader returns records the model validated: only a removal can leave a text empty.
    const valid = removed.length > 0 ? partnershipSchema.safeParse(record) : null;
    if (valid && !valid.success) {
      for (const issue of valid.error.issues.slice(0, 3)) problems.push({ line: null, field: issue.path.join("."), message: `${name}: ${issue.message}` });
      continue;
    }
    for (const problem of fundingProblems(record.funding, rules)) problems.push({ line: null, field: problem.field, message: `${name}: ${problem.message}` });
    const warnings: FileProblem[] = removed.map(({ field, characters, count }) => ({
      line: null,
      field,
      message: `removed ${count} character(s) from the text: ${characters.join(", ")}`,
    }));
    if (record.frenchAuthorities.length === 0) warnings.push({ line: null, field: "frenchAuthorities", message: "no French authority: the partnership has no French side" });
    if (record.foreignPartners.length === 0) warnings.push({ line: null, field: "foreignPartners", message: "no foreign partner: the partnership has no foreign side or country" });
    kept.push({ record: valid?.data ?? record, warnings });
  }
  if (problems.length > 0) throw Object.assign(new Error(problems[0]!.message), { problems });
  return kept;
}

/**
 * Imports files into the dataset of `dataDir` (a missing or empty directory starts a new dataset).
 * Each file is all-or-nothing; bad files are reported and change nothing. A record of a
 * partnership already there (same Atlas id, else same title, authorities and countries) updates
 * it. The dataset is written once, atomically, and only when something was imported.
 */
export async function importFiles(dataDir: string, paths: readonly string[], today: string, options: ImportOptions = {}): Promise<ImportReport> {
  const current = await readDataset(dataDir);
  const files = await expandDirectories(paths);
  const rules = fundingRules({ today, allowLargeAmounts: options.allowLargeAmounts });
  const matcher = new RecordMatcher(current?.partnerships ?? []);
  const rejected: RejectedFile[] = [];
  const warnings: ImportWarning[] = [];
  const updatedRecords: UpdatedRecord[] = [];
  let added = 0;
  for (const file of files) {
    let records: ReturnType<typeof checkedRecords>;
    try {
      const read = await readPartnershipFile(file, { map: options.map, rules, onNote: (note) => options.onNote?.(file, note) });
      records = checkedRecords(read, rules);
    } catch (error) {
      rejected.push({ file, problems: describeProblems(error) });
      continue;
    }
    for (const { record, warnings: remarks } of records) {
      const updated = matcher.put(record, file);
      if (updated) updatedRecords.push(updated);
      else added += 1;
      const id = updated?.id ?? matcher.records[matcher.records.length - 1]!.id;
      for (const remark of remarks) warnings.push({ ...remark, file, record: id });
    }
  }
  if (added + updatedRecords.length > 0) {
    const dataset: Dataset = {
      format: "atlas-cooperation/dataset@1",
      meta: {
        demo: current?.meta.demo ?? null,
        description: current?.meta.description ?? "Fiches et fichiers importés de l'Atlas français de la coopération décentralisée",
        updatedAt: today,
      },
      partnerships: matcher.records,
    };
    await writeDataset(dataDir, dataset);
  }
  return { added, updated: updatedRecords.length, updatedRecords, rejected, warnings, total: matcher.records.length };
}

/** The files a directory holds (sorted, not recursive), in the formats the import reads. */
const IMPORTABLE = /\.(txt|html?|csv|json|xlsx)$/i;

/** A directory given to the import stands for its importable files, so that 12,700 fiches need no shell glob. */
async function expandDirectories(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) {
    const isDirectory = await stat(entry).then((s) => s.isDirectory(), () => false);
    if (!isDirectory) files.push(entry);
    else files.push(...(await readdir(entry)).filter((name) => IMPORTABLE.test(name)).sort().map((name) => path.join(entry, name)));
  }
  return files;
}

function describeProblems(error: unknown): FileProblem[] {
  const problems = (error as { problems?: unknown[] }).problems ?? [error];
  return problems.map((problem) => {
    const { line = null, field = null, message } = problem as { line?: number | null; field?: string | null; message?: string };
    return { line, field, message: message ?? String(problem) };
  });
}
