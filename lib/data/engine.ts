import "server-only";
import type { QueryEngine } from "../query/engine";
import { sharedEngine as shared } from "./engine-version";
import { loadEngine } from "./load-engine";
import { dataDirectory } from "./load";
import { DatasetError, datasetPath } from "./store";

// Next.js bundles each route separately, each with its own copy of this module: the engine is kept
// on globalThis (lib/data/engine-version.ts) so that every route of the process shares one dataset
// in memory, loaded once.

/** The process's query engine over the dataset of data/ (or $ATLAS_DATA_DIR), loaded once. */
export function getEngine(): Promise<QueryEngine> {
  shared.__atlasEngine ??= (async () => {
    const loaded = await loadEngine(dataDirectory());
    if (!loaded) {
      throw new DatasetError(`${datasetPath(dataDirectory())} does not exist: run "npm run atlas -- demo" or "npm run atlas -- import FILE…"`);
    }
    return loaded.engine;
  })();
  const loading = shared.__atlasEngine;
  // A failed load is retried on the next request instead of being remembered.
  loading.catch(() => {
    if (shared.__atlasEngine === loading) shared.__atlasEngine = undefined;
  });
  return loading;
}
