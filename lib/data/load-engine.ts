import { type FileHandle, open } from "node:fs/promises";
import { QueryEngine } from "../query/engine";
import { fromStoredIndex } from "../query/stored-index";
import { FileRecords } from "./file-records";
import { type Snapshot, hashOpenFile, readSnapshot, snapshotPath } from "./snapshot";
import { datasetPath, loadDatasetText } from "./store";

export interface LoadedEngine {
  engine: QueryEngine;
  /** "snapshot": index read back, records left in the file; "records": every record parsed and indexed. */
  from: "snapshot" | "records";
  /**
   * Closes the dataset file a snapshot engine reads its records from (the engine can then no longer
   * read records). The server keeps its engine for the life of the process and never calls it; a
   * caller that drops an engine does, since Node.js deprecates leaving a FileHandle to the GC.
   */
  close: () => Promise<void>;
}

const REINDEX = 'run "npm run atlas -- index" to write it';

/**
 * The query engine over a data directory's dataset; null when it holds none. Uses the index
 * snapshot when it was built from this exact file (same sha1), else parses and indexes the records,
 * saying why through `warn`. Its version is the file's hash, so that every instance serving the
 * same file agrees on ETags. A broken dataset throws DatasetError naming the file.
 */
export async function loadEngine(dataDir: string, warn: (message: string) => void = (m) => console.warn(`atlas: ${m}`)): Promise<LoadedEngine | null> {
  const file = datasetPath(dataDir);
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let kept = false;
  try {
    const snapshot = await currentSnapshot(dataDir, handle, warn);
    if (snapshot) {
      const records = new FileRecords(handle, file, snapshot.recordStart, snapshot.recordLength);
      kept = true;
      return {
        engine: new QueryEngine(fromStoredIndex(snapshot.index), records, snapshot.sha1.slice(0, 16)),
        from: "snapshot",
        close: () => handle.close(),
      };
    }
  } finally {
    if (!kept) await handle.close();
  }
  const loaded = await loadDatasetText(dataDir);
  return loaded && { engine: QueryEngine.fromDataset(loaded.dataset, loaded.hash.slice(0, 16)), from: "records", close: async () => {} };
}

/**
 * The data directory's snapshot if it was built, in this code's format, from the dataset file open
 * as `handle` (same size, same sha1); else null, saying why through `warn`.
 */
async function currentSnapshot(dataDir: string, handle: FileHandle, warn: (message: string) => void): Promise<Snapshot | null> {
  const file = datasetPath(dataDir);
  const snapshot = await readSnapshot(dataDir, warn);
  if (!snapshot) {
    warn(`no usable index snapshot beside ${file}: indexing every record (slow on a large dataset); ${REINDEX}`);
    return null;
  }
  // The size first: a different size spares hashing the file.
  if ((await handle.stat()).size === snapshot.bytes && (await hashOpenFile(handle)).sha1 === snapshot.sha1) return snapshot;
  warn(`${snapshotPath(dataDir)} was built from another version of ${file}: indexing every record; ${REINDEX}`);
  return null;
}

/** Whether the data directory's snapshot was built from its current dataset file (by this code's format). */
export async function snapshotIsCurrent(dataDir: string): Promise<boolean> {
  const handle = await open(datasetPath(dataDir), "r");
  try {
    return (await currentSnapshot(dataDir, handle, () => {})) !== null;
  } finally {
    await handle.close();
  }
}
