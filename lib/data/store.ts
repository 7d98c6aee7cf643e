import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readFile, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { DATASET_FORMAT, type Dataset, datasetSchema } from "../model";
import { buildQueryIndex } from "../query/build-index";
import { toStoredIndex } from "../query/stored-index";
import { encodeSnapshot, snapshotPath } from "./snapshot";

/** The dataset's file name inside a data directory. */
const DATASET_FILE = "dataset.json";

/** A dataset file that exists but cannot be used; the message names the file and the problem. */
export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetError";
  }
}

/** Whether an error is a DatasetError (by name: each Next.js route bundle has its own copy of the class). */
export function isDatasetError(error: unknown): error is DatasetError {
  return error instanceof Error && error.name === "DatasetError";
}

export function datasetPath(dataDir: string): string {
  return path.join(dataDir, DATASET_FILE);
}

/**
 * Reads and validates the dataset of a data directory; null when the directory holds none.
 * Throws DatasetError naming the file and the first problems (bad JSON, a record failing the model).
 */
export async function readDataset(dataDir: string): Promise<Dataset | null> {
  const file = datasetPath(dataDir);
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return parseDatasetText(raw, file);
}

/** Validates the text of a dataset file; `file` names it in error messages. */
function parseDatasetText(raw: string, file: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new DatasetError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return validateDataset(json, file);
}

/** Checks a parsed dataset against the model (zod) and for duplicate ids; names the first problems. */
function validateDataset(json: unknown, file: string): Dataset {
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ");
    throw new DatasetError(`${file}: not a valid dataset: ${problems}`);
  }
  const ids = new Set<string>();
  for (const [index, partnership] of parsed.data.partnerships.entries()) {
    if (ids.has(partnership.id)) {
      throw new DatasetError(`${file}: partnerships.${index}.id: duplicate id "${partnership.id}"`);
    }
    ids.add(partnership.id);
  }
  return parsed.data;
}

/** The hash of a dataset file's text: its version (ETags) and the key of its validation record. */
export function datasetHash(raw: string | Buffer): string {
  return createHash("sha1").update(raw).digest("hex");
}

/** Next to the dataset: the hash of the content that was validated when it was written. */
export const VALIDATED_FILE = "dataset.validated.json";

/**
 * Reads the dataset text of a directory, validated: fully (zod, every record) unless the validation
 * record written with it says this exact content (same hash) was validated already. Validating
 * 127,000 records takes seconds; a server start should not repeat what the writer did.
 */
export async function loadDatasetText(dataDir: string): Promise<{ dataset: Dataset; hash: string } | null> {
  const file = datasetPath(dataDir);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  // Hashing the bytes is twice as fast as hashing the decoded string, and gives the same sha1.
  const hash = datasetHash(bytes);
  const raw = bytes.toString("utf8");
  const record = await readFile(path.join(dataDir, VALIDATED_FILE), "utf8").then(
    (text) => JSON.parse(text) as { sha1?: string; format?: string },
    () => null,
  );
  if (record?.sha1 === hash && record.format === DATASET_FORMAT) {
    try {
      return { dataset: JSON.parse(raw) as Dataset, hash };
    } catch (error) {
      throw new DatasetError(`${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  return { dataset: parseDatasetText(raw, file), hash };
}

/**
 * The text of a dataset file (exactly `JSON.stringify(dataset)`) and where each record lies in
 * it, in bytes: the snapshot keeps these ranges so that a record can be read without the others.
 */
export function datasetLayout(dataset: Dataset): { text: string; recordStart: Float64Array; recordLength: Int32Array } {
  const marker = JSON.stringify(`@@records-${randomBytes(8).toString("hex")}@@`);
  const frame = JSON.stringify({ ...dataset, partnerships: JSON.parse(marker) as string });
  const at = frame.indexOf(marker);
  const head = `${frame.slice(0, at)}[`;
  const records = dataset.partnerships.map((p) => JSON.stringify(p));
  const recordStart = new Float64Array(records.length);
  const recordLength = new Int32Array(records.length);
  let offset = Buffer.byteLength(head);
  records.forEach((record, position) => {
    recordStart[position] = offset;
    recordLength[position] = Buffer.byteLength(record);
    offset += recordLength[position]! + 1;
  });
  return { text: `${head}${records.join(",")}]${frame.slice(at + marker.length)}`, recordStart, recordLength };
}

/**
 * Writes the dataset atomically: to a temporary file in the same directory, flushed, then renamed
 * over the old one, so a crash or a full disk never leaves a half-written dataset. Its validation
 * record and its index snapshot follow (both name the dataset's hash: a reader ignores them if a
 * crash left them behind an older or newer dataset).
 */
export async function writeDataset(dataDir: string, dataset: Dataset): Promise<void> {
  const valid = validateDataset(dataset, datasetPath(dataDir));
  await mkdir(dataDir, { recursive: true });
  await removeStaleTemporaries(dataDir);
  const { text, recordStart, recordLength } = datasetLayout(valid);
  await writeAtomically(datasetPath(dataDir), text);
  const sha1 = datasetHash(text);
  await writeAtomically(path.join(dataDir, VALIDATED_FILE), JSON.stringify({ sha1, format: DATASET_FORMAT }));
  const index = toStoredIndex(buildQueryIndex(valid));
  await writeAtomically(snapshotPath(dataDir), encodeSnapshot({ sha1, bytes: Buffer.byteLength(text), recordStart, recordLength, index }));
}

/** A temporary file of writeAtomically: the target's name, the writer's pid, a random suffix. */
const TEMPORARY = /^(?:dataset\.json|dataset\.validated\.json|dataset\.index)\.tmp-(\d+)-[0-9a-f]{8}$/;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Removes the temporary files a crashed write left (a killed process never reaches its cleanup):
 * those of writers no longer running. A running writer's file is left alone.
 */
export async function removeStaleTemporaries(dataDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dataDir)) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    await rm(path.join(dataDir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

async function writeAtomically(target: string, text: string | Buffer): Promise<void> {
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
