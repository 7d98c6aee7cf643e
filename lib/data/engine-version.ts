import type { QueryEngine } from "../query/engine";

/**
 * Where the process keeps its query engine (lib/data/engine.ts loads it): on globalThis, because
 * Next.js bundles each route with its own copy of the modules, and because the production server
 * (server/start.ts), which runs outside those bundles, reads the dataset version from it. No
 * "server-only" here: that server imports this file without the react-server condition.
 */
export const sharedEngine = globalThis as typeof globalThis & { __atlasEngine?: Promise<QueryEngine> };

let known: { loading: Promise<QueryEngine>; version: string } | undefined;

/**
 * The version of the dataset the engine has loaded, without waiting: undefined until the first
 * request that needs the dataset has loaded it (and while a failed load waits for its retry).
 */
export function loadedDatasetVersion(): string | undefined {
  const loading = sharedEngine.__atlasEngine;
  if (loading === undefined) return undefined;
  if (known?.loading === loading) return known.version;
  void datasetVersion();
  return undefined;
}

/** The version of the dataset the engine has loaded or is loading; undefined when there is none or it fails. */
export async function datasetVersion(): Promise<string | undefined> {
  const loading = sharedEngine.__atlasEngine;
  if (loading === undefined) return undefined;
  try {
    const { version } = await loading;
    known = { loading, version };
    return version;
  } catch {
    return undefined;
  }
}
