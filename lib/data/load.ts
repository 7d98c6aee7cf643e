import "server-only";
import path from "node:path";
import type { Dataset } from "../model";
import { DatasetError, datasetPath, readDataset } from "./store";

/** The data directory the server reads: $ATLAS_DATA_DIR, else data/ of the working directory. */
export function dataDirectory(): string {
  return path.resolve(process.env.ATLAS_DATA_DIR ?? path.join(process.cwd(), "data"));
}

let loading: Promise<Dataset> | undefined;

/**
 * The dataset, read and validated once per process. A missing or broken dataset is an error that
 * names the file: the server never shows an empty dashboard as if it were data.
 */
export function loadDataset(): Promise<Dataset> {
  loading ??= readDataset(dataDirectory()).then((dataset) => {
    if (!dataset) {
      throw new DatasetError(
        `${datasetPath(dataDirectory())} does not exist: run "npm run atlas -- demo" or "npm run atlas -- import FILE…"`,
      );
    }
    return dataset;
  });
  // A failed load is retried on the next request instead of being cached forever.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
