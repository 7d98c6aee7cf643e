import { afterEach } from "vitest";
import type { QueryEngine } from "../query/engine";

const shared = globalThis as typeof globalThis & { __atlasEngine?: Promise<QueryEngine> };

/**
 * The routes read the process's engine (lib/data/engine.ts): a test gives its own here instead of a
 * data directory. Importing this module removes it after each test of the file.
 */
export function injectEngine(engine: QueryEngine): void {
  shared.__atlasEngine = Promise.resolve(engine);
}

afterEach(() => {
  shared.__atlasEngine = undefined;
});
