import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Partnership } from "../model";
import { mergePartnerships, readPartnershipFile } from "./import";

/**
 * Reads the real Atlas records shipped in `dir` (data/real): CSV transcriptions first, then fiche
 * texts, so that a full fiche replaces the shorter transcription of the same Atlas project.
 */
export async function readRealRecords(dir: string): Promise<Partnership[]> {
  const files = (await readdir(dir)).filter((name) => /\.(csv|txt)$/i.test(name)).sort();
  const ordered = [...files.filter((f) => f.endsWith(".csv")), ...files.filter((f) => f.endsWith(".txt"))];
  let records: Partnership[] = [];
  for (const file of ordered) {
    records = mergePartnerships(records, await readPartnershipFile(path.join(dir, file))).merged;
  }
  return records;
}
