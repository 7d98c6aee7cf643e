/**
 * The first-load JavaScript of a route, as the browser downloads it: the chunks Turbopack lists
 * for the route in `.next/diagnostics/route-bundle-stats.json` (written by `next build`, STACK P9),
 * each gzipped at level 9. Shared by the budget check of `npm test` and `npm run bench:dashboard`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** One chunk of a route's first load: its path under the project, and its size raw and gzipped (bytes). */
export interface ChunkSize {
  path: string;
  raw: number;
  gzip: number;
}

/** A route's first-load JavaScript: totals in bytes and its chunks, largest (gzip) first. */
export interface FirstLoadJs {
  route: string;
  raw: number;
  gzip: number;
  chunks: ChunkSize[];
}

interface RouteBundleStats {
  route: string;
  firstLoadChunkPaths: string[];
}

export const STATS_FILE = ".next/diagnostics/route-bundle-stats.json";

/** Measures `route`'s first-load JavaScript in the build under `root`; throws when the build has no such route. */
export function firstLoadJs(root: string, route = "/"): FirstLoadJs {
  const file = path.join(root, STATS_FILE);
  const stats = JSON.parse(readFileSync(file, "utf8")) as RouteBundleStats[];
  const entry = stats.find((candidate) => candidate.route === route);
  if (!entry) throw new Error(`no entry for "${route}" in ${file}`);
  const chunks = entry.firstLoadChunkPaths.map((chunk) => {
    const content = readFileSync(path.join(root, chunk));
    return { path: chunk, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  chunks.sort((a, b) => b.gzip - a.gzip);
  return {
    route,
    raw: chunks.reduce((sum, chunk) => sum + chunk.raw, 0),
    gzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
    chunks,
  };
}

/** Bytes as kilobytes of 1,024 bytes, one decimal: the unit of docs/benchmarks.md's tables. */
export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The budget's verdict on a measure: `ok`, and the lines to print. Over budget, the lines name the
 * size, the budget and the largest chunks, which is where to start looking.
 */
export function checkBudget(measure: FirstLoadJs, budgetBytes: number, largest = 5): { ok: boolean; lines: string[] } {
  const ok = measure.gzip <= budgetBytes;
  const head = `first-load JavaScript of ${measure.route}: ${formatKb(measure.gzip)} gzip (${formatKb(measure.raw)} raw, ${measure.chunks.length} chunks), budget ${formatKb(budgetBytes)} gzip`;
  if (ok) return { ok, lines: [`${head}: within budget`] };
  return {
    ok,
    lines: [
      `${head}: OVER BUDGET by ${formatKb(measure.gzip - budgetBytes)}`,
      `largest chunks (gzip):`,
      ...measure.chunks.slice(0, largest).map((chunk) => `  ${formatKb(chunk.gzip).padStart(9)}  ${chunk.path}`),
      "Find what they hold with `npx next analyze`; move what the first screen does not need behind next/dynamic or import().",
    ],
  };
}
