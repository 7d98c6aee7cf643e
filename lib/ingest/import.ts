import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Dataset, Partnership } from "../model";
import { readDataset, writeDataset } from "../data/store";
import { type FundingRules, fundingRules } from "./checks";
import { parseCsv } from "./csv";
import { parseFiche } from "./fiche";
import { parseJson } from "./json";
import { type ColumnMap, isProjectCsv, readSpreadsheet } from "./sheet";

/** One file that was not imported, with every problem found in it. */
export interface RejectedFile {
  file: string;
  problems: { line: number | null; field: string | null; message: string }[];
}

export interface ImportReport {
  added: number;
  updated: number;
  rejected: RejectedFile[];
  /** Partnerships in the dataset after the import. */
  total: number;
}

export interface ImportOptions {
  /** The columns of spreadsheets (`--map MAP.json`): every .xlsx and .csv file is then read with it. */
  map?: ColumnMap | null;
  allowLargeAmounts?: boolean;
  /** Told what a reader decided on its own about a file (a CSV decoded as Windows-1252). */
  onNote?: (file: string, note: string) => void;
}

/**
 * Reads one file of any supported format (by extension: .xlsx, .csv, .json, else an Atlas fiche's
 * text). A CSV is the project's format unless a map is given or its header is another's
 * (recognised French headers, a title line above it): it is then read as a spreadsheet.
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
      return parseCsv(text, name);
    case ".json":
      return parseJson(text);
    default:
      return [parseFiche(text, { file: name })];
  }
}

/** Merges records into a list: a record whose id is already there replaces it in place. */
export function mergePartnerships(existing: readonly Partnership[], incoming: readonly Partnership[]) {
  const merged = [...existing];
  const position = new Map(merged.map((p, index) => [p.id, index]));
  let added = 0;
  let updated = 0;
  for (const partnership of incoming) {
    const index = position.get(partnership.id);
    if (index === undefined) {
      position.set(partnership.id, merged.length);
      merged.push(partnership);
      added += 1;
    } else {
      merged[index] = partnership;
      updated += 1;
    }
  }
  return { merged, added, updated };
}

/**
 * Imports files into the dataset of `dataDir` (a missing or empty directory starts a new dataset).
 * Each file is all-or-nothing; bad files are reported and change nothing. The dataset is written
 * once, atomically, and only when something was imported.
 */
export async function importFiles(dataDir: string, files: readonly string[], today: string, options: ImportOptions = {}): Promise<ImportReport> {
  const rules = fundingRules({ today, allowLargeAmounts: options.allowLargeAmounts });
  const current = await readDataset(dataDir);
  const accepted: Partnership[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    try {
      accepted.push(...(await readPartnershipFile(file, { map: options.map, rules, onNote: (note) => options.onNote?.(file, note) })));
    } catch (error) {
      rejected.push({ file, problems: describeProblems(error) });
    }
  }
  const { merged, added, updated } = mergePartnerships(current?.partnerships ?? [], accepted);
  if (accepted.length > 0) {
    const dataset: Dataset = {
      format: "atlas-cooperation/dataset@1",
      meta: {
        demo: current?.meta.demo ?? null,
        description: current?.meta.description ?? "Fiches et fichiers importés de l'Atlas français de la coopération décentralisée",
        updatedAt: today,
      },
      partnerships: merged,
    };
    await writeDataset(dataDir, dataset);
  }
  return { added, updated, rejected, total: merged.length };
}

function describeProblems(error: unknown): RejectedFile["problems"] {
  const problems = (error as { problems?: unknown[] }).problems ?? [error];
  return problems.map((problem) => {
    const { line = null, field = null, message } = problem as { line?: number | null; field?: string | null; message?: string };
    return { line, field, message: message ?? String(problem) };
  });
}
