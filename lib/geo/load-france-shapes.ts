import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FranceShapes } from "./france-shapes";

let cached: FranceShapes | undefined;

/**
 * The shapes, read once per process on the server (about 150 KB). Resolved from the working
 * directory, the project root under `next start`, the CLI and Vitest alike. Server code only: it
 * reads the file system; client code fetches FRANCE_SHAPES_URL.
 */
export function loadFranceShapes(): FranceShapes {
  cached ??= JSON.parse(readFileSync(path.join(process.cwd(), "public", "geo", "france.json"), "utf8")) as FranceShapes;
  return cached;
}
