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

/**
 * The file starts with a marker and the sha1 of what follows: v8.deserialize reads damaged bytes
 * without complaint when they fall inside a typed array (another amount, another group), so a
 * snapshot is used only when its bytes are those that were written.
 */
const MAGIC = Buffer.from("atlas-index\n", "latin1");
const DIGEST_BYTES = 20;

const digestOf = (payload: Uint8Array) => createHash("sha1").update(payload).digest();

export function encodeSnapshot(snapshot: Omit<Snapshot, "format">): Buffer {
  const payload = v8.serialize({ format: SNAPSHOT_FORMAT, ...snapshot } satisfies Snapshot);
  return Buffer.concat([MAGIC, digestOf(payload), payload]);
}

/** The serialized snapshot inside a file's bytes, or why it cannot be trusted. */
function checkedPayload(bytes: Buffer): { payload: Buffer } | { problem: string } {
  const header = MAGIC.length + DIGEST_BYTES;
  if (bytes.length < header || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: "no checksum header (written by older code, or not a snapshot)" };
  const payload = bytes.subarray(header);
  if (!digestOf(payload).equals(bytes.subarray(MAGIC.length, header))) return { problem: "damaged: its checksum does not match its content" };
  return { payload };
}

/**
 * The snapshot of a data directory; null when there is none or it cannot be used (another format,
 * damaged or unreadable bytes, written by an incompatible Node.js): the caller then builds the
 * index itself.
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
  const checked = checkedPayload(bytes);
  if ("problem" in checked) {
    warn(`${file}: ${checked.problem}`);
    return null;
  }
  try {
    const snapshot = v8.deserialize(checked.payload) as Partial<Snapshot>;
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
