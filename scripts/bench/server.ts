import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** What the page and export benchmarks share: a production server over a demo dataset of a given scale. */

export const ROOT = path.resolve(__dirname, "../..");

/** `--name value` of the command line, else `fallback`. */
export const numberArg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};

export const percentile = (values: readonly number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** bench-data/scale-N, the demo dataset of that scale generated with the CLI when missing. */
export function benchDataDir(scale: number): string {
  const dataDir = path.join(ROOT, "bench-data", `scale-${scale}`);
  if (!existsSync(path.join(dataDir, "dataset.json"))) {
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["cli/atlas.ts", "demo", "--data-dir", dataDir, "--scale", String(scale)], { cwd: ROOT, stdio: "inherit" });
  }
  return dataDir;
}

/** Starts the production server (scripts/serve.sh) on 127.0.0.1:port over dataDir; stop it with `stopServer`. */
export async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const server = spawn("sh", [path.join(ROOT, "scripts/serve.sh"), "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/meta`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not start");
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid);
}

/** Milliseconds to the last byte of a GET, and the body's size; throws on a status other than 200. */
export async function timeGet(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/**
 * Runs a benchmark against a server over the demo dataset of `scale`: `measure` gets the server's
 * base URL and process id (of its shell: scripts/bench/downloads.ts finds the node process under it) and returns the report's lines, printed on stdout; the server is stopped in any case,
 * and a failure sets the exit code.
 */
export function runServerBench(port: number, scale: number, measure: (base: string, serverPid: number) => Promise<string[]>): void {
  const run = async () => {
    const server = await startServer(port, benchDataDir(scale));
    try {
      console.log((await measure(`http://127.0.0.1:${port}`, server.pid!)).join("\n"));
    } finally {
      stopServer(server);
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
