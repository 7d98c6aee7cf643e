import { createHash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import { readFile } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import type { StoredIndex } from "../query/stored-index";

/**
 * Beside dataset.json, its query index saved by the writer (CLI): the server reads it back in a
 * fraction of the time that parsing the records and building the index take (6 s at 127,000
 * partnerships), and keeps no parsed record in memory: records are read from the dataset file, by
 * the byte ranges the snapshot keeps, only when a page shows them.
 */
const SNAPSHOT_FILE = "dataset.index";
/** Bump whenever buildQueryIndex's output changes in shape or meaning: older snapshots are then ignored. */
export const SNAPSHOT_FORMAT = "atlas-cooperation/index@3";

export interface Snapshot {
  format: string;
  /** sha1 and size of the dataset file this index was built from. */
  sha1: string;
  bytes: number;
  /** Byte offset and length of each record (by position) in the dataset file. */
  recordStart: Float64Array;
  recordLength: Int32Array;
  index: StoredIndex;
}

export function snapshotPath(dataDir: string): string {
  return path.join(dataDir, SNAPSHOT_FILE);
}

export function encodeSnapshot(snapshot: Omit<Snapshot, "format">): Buffer {
  return v8.serialize({ format: SNAPSHOT_FORMAT, ...snapshot } satisfies Snapshot);
}

/**
 * The snapshot of a data directory; null when there is none or it cannot be used (another format,
 * unreadable bytes, written by an incompatible Node.js): the caller then builds the index itself.
 * The reason is passed to `warn`.
 */
export async function readSnapshot(dataDir: string, warn: (message: string) => void): Promise<Snapshot | null> {
  const file = snapshotPath(dataDir);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    warn(`${file}: unreadable (${(error as Error).message})`);
    return null;
  }
  try {
    const snapshot = v8.deserialize(bytes) as Partial<Snapshot>;
    if (snapshot?.format !== SNAPSHOT_FORMAT) {
      warn(`${file}: format ${JSON.stringify(snapshot?.format)}, expected ${SNAPSHOT_FORMAT}`);
      return null;
    }
    return snapshot as Snapshot;
  } catch (error) {
    warn(`${file}: not a snapshot (${(error as Error).message})`);
    return null;
  }
}

/** sha1 and size of an open file, read in chunks: the dataset is never held whole in memory. */
export async function hashOpenFile(handle: FileHandle): Promise<{ sha1: string; bytes: number }> {
  const hash = createHash("sha1");
  const chunk = Buffer.allocUnsafe(4 << 20);
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) break;
    hash.update(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
  return { sha1: hash.digest("hex"), bytes: position };
}
