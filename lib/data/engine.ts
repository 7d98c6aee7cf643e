import "server-only";
import { QueryEngine } from "../query/engine";
import { dataDirectory } from "./load";
import { DatasetError, datasetPath, loadDatasetText } from "./store";

// Next.js bundles each route separately, each with its own copy of this module: the engine is kept
// on globalThis so that every route of the process shares one dataset in memory, loaded once.
const shared = globalThis as typeof globalThis & { __atlasEngine?: Promise<QueryEngine> };

/**
 * The process's query engine over the dataset of data/ (or $ATLAS_DATA_DIR), loaded once.
 * Its version is a hash of the dataset file, so every instance serving the same file agrees on ETags.
 */
export function getEngine(): Promise<QueryEngine> {
  shared.__atlasEngine ??= (async () => {
    const loaded = await loadDatasetText(dataDirectory());
    if (!loaded) {
      throw new DatasetError(`${datasetPath(dataDirectory())} does not exist: run "npm run atlas -- demo" or "npm run atlas -- import FILE…"`);
    }
    return QueryEngine.fromDataset(loaded.dataset, loaded.hash.slice(0, 16));
  })();
  const loading = shared.__atlasEngine;
  // A failed load is retried on the next request instead of being remembered.
  loading.catch(() => {
    if (shared.__atlasEngine === loading) shared.__atlasEngine = undefined;
  });
  return loading;
}
