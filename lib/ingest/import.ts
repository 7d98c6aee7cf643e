import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Dataset, Partnership } from "../model";
import { readDataset, writeDataset } from "../data/store";
import { parseCsv } from "./csv";
import { parseFiche } from "./fiche";
import { parseJson } from "./json";

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

/**
 * Reads one file of any supported format (by extension: .csv, .json, else an Atlas fiche: its
 * page text, a browser copy or the page saved as HTML, told apart by the content).
 */
export async function readPartnershipFile(file: string): Promise<Partnership[]> {
  const text = await readFile(file, "utf8");
  const name = path.basename(file);
  switch (path.extname(file).toLowerCase()) {
    case ".csv":
      return parseCsv(text, name);
    case ".json":
      return parseJson(text);
    case ".txt":
    case ".html":
    case ".htm":
      return [parseFiche(text, { file: name })];
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
export async function importFiles(dataDir: string, files: readonly string[], today: string): Promise<ImportReport> {
  const current = await readDataset(dataDir);
  const accepted: Partnership[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    try {
      accepted.push(...(await readPartnershipFile(file)));
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
