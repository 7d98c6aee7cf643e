/** The query benchmark's helpers: statistics, the comparison with DuckDB, and its setup steps. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { VALIDATED_FILE, datasetPath } from "../../lib/data/store";
import type { AggregateRow } from "../../lib/query/aggregate";
import type { SqlRow } from "./duckdb";
import type { BenchQuery } from "./queries";

const ROOT = path.resolve(__dirname, "../..");
const BENCH_DIR = path.join(ROOT, "bench-data");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const TOLERANCE = 1e-6;

const info = (message: string) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------- statistics and formatting

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}
export const median = (values: readonly number[]) => percentile(values, 0.5);
export const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const int = (value: number) => Math.round(value).toLocaleString("en-US");

// ---------------------------------------------------------------- comparison

export interface Discrepancy {
  query: BenchQuery;
  index: number;
  message: string;
}

export const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) || a === b;
const show = (row: { value: number; partnerships: number } | undefined) =>
  row ? `value ${row.value}, partnerships ${row.partnerships}` : "(no row)";

/** The first difference between the engine's rows and DuckDB's, or null. */
export function firstDifference(engineRows: readonly AggregateRow[], sqlRows: readonly SqlRow[]): string | null {
  const engine = new Map<string, AggregateRow>();
  for (const row of engineRows) {
    const key = String(row.key);
    if (engine.has(key)) return `the engine returns key "${key}" twice: ${show(engine.get(key))} and ${show(row)}`;
    engine.set(key, row);
  }
  const sql = new Map(sqlRows.map((row) => [row.key, row]));
  const keys = [...engine.keys(), ...[...sql.keys()].filter((key) => !engine.has(key)).sort()];
  for (const key of keys) {
    const e = engine.get(key);
    const d = sql.get(key);
    if (!e || !d || !close(e.value, d.value) || e.partnerships !== d.partnerships) {
      return `first differing row: key "${key}": engine ${show(e)}; DuckDB ${show(d)}`;
    }
  }
  return null;
}

// ---------------------------------------------------------------- phases

/** The code measured: commit, and whether lib/ has uncommitted changes. */
export function codeVersion(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "lib"], { cwd: ROOT, encoding: "utf8" }).trim();
    return `commit ${commit}${dirty ? " + uncommitted changes in lib/" : ""}`;
  } catch {
    return "unknown commit";
  }
}

/**
 * bench-data/scale-N, generated with the CLI when it holds no dataset, or one without the
 * validation record the CLI now writes with it (the server would then validate it on every start).
 */
export function ensureDataset(scale: number): string {
  const dir = path.join(BENCH_DIR, `scale-${scale}`);
  if (existsSync(datasetPath(dir)) && existsSync(path.join(dir, VALIDATED_FILE))) {
    // A dataset generated before snapshots existed (or by older code) gets its index written now.
    execFileSync(TSX, ["cli/atlas.ts", "ensure-demo", "--data-dir", dir], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    return dir;
  }
  info(`generating ${dir} (scale ${scale})…`);
  mkdirSync(dir, { recursive: true });
  execFileSync(TSX, ["cli/atlas.ts", "demo", "--data-dir", dir, "--scale", String(scale)], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  return dir;
}

/** Newest modification time of the sources under `dirs` (ms), to tell whether .next is stale. */
function newestSource(dirs: string[]): { file: string; mtime: number } {
  let newest = { file: "", mtime: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|tsx|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const mtime = statSync(file).mtimeMs;
        if (mtime > newest.mtime) newest = { file: path.relative(ROOT, file), mtime };
      }
    }
  };
  for (const dir of dirs) if (existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
  return newest;
}

/** A warning when the production build is older than the sources it serves, else "". */
export function buildStaleness(): string {
  const built = statSync(path.join(ROOT, ".next", "BUILD_ID")).mtimeMs;
  const newest = newestSource(["lib", "app", "components"]);
  if (newest.mtime <= built) return "";
  const minutes = Math.round((newest.mtime - built) / 60_000);
  return `.next is older than the sources (${newest.file} changed ${minutes} min after the build): the server runs older code`;
}

/** Runs a helper script in a fresh process and parses the JSON it prints. */
export function runChild<T>(script: string, args: string[]): T {
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", script, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  const line = result.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as T;
}

