import "server-only";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { QueryEngine } from "../query/engine";
import { dataDirectory } from "./load";
import { DatasetError, datasetPath, parseDatasetText } from "./store";

let loading: Promise<QueryEngine> | undefined;

/**
 * The process's query engine over the dataset of data/ (or $ATLAS_DATA_DIR), loaded once.
 * Its version is a hash of the dataset file, so every instance serving the same file agrees on ETags.
 */
export function getEngine(): Promise<QueryEngine> {
  loading ??= (async () => {
    const file = datasetPath(dataDirectory());
    let raw: string;
    try {
      raw = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      throw new DatasetError(`${file} does not exist: run "npm run atlas -- demo" or "npm run atlas -- import FILE…"`);
    }
    const version = createHash("sha1").update(raw).digest("hex").slice(0, 16);
    return new QueryEngine(parseDatasetText(raw, file), version);
  })();
  // A failed load is retried on the next request instead of being remembered.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
