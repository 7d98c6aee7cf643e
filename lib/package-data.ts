import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Reads a JSON data file shipped by an npm package (e.g. "world-countries/countries.json").
 * Read with fs rather than imported: bundling megabytes of JSON slows every tool that sees it, and
 * inside a Next.js server bundle `require.resolve` returns a module id instead of a path. Every
 * entry point (npm scripts, next start, vitest) runs from the project root.
 */
export function readPackageJson<T>(file: string): T {
  const location = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", file);
  return JSON.parse(readFileSync(location, "utf8")) as T;
}
