/**
 * Load test of /api/aggregate on the production server, run in its own process by
 * scripts/bench-query.ts: `tsx scripts/bench/http.ts DIR [--port 3200] [--duration 10] [--connections 50]`
 * prints one JSON object (HttpResult). Starts `next start` on 127.0.0.1 with ATLAS_DATA_DIR=DIR in
 * its own process group, waits for /api/meta (which loads the dataset), warms up, reads the RSS
 * of the server's process tree, runs autocannon cycling through the benchmark's aggregate URLs,
 * then kills the process group. Assumes `next build` was run (.next exists).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchQueries } from "./queries";
import { processTree, statusKb } from "./processes";

const ROOT = process.cwd();
const HOST = "127.0.0.1";

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  requests: { average: number; total: number; sent: number };
  latency: { average: number; p50: number; p90: number; p99: number; max: number };
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests?: { method: string; path: string }[];
}) => Promise<AutocannonResult>;

// autocannon ships no types: loaded with require, typed with the few fields read here.
const autocannon = createRequire(path.join(ROOT, "package.json"))("autocannon") as Autocannon;

export interface HttpResult {
  /** From spawning `next start` to the first 200 of /api/meta (server start + dataset load). */
  readyMs: number;
  /** Failing warm-up requests (status other than 200), "URL: status". */
  warmupFailures: string[];
  processes: number;
  rssAfterWarmupBytes: number;
  rssAfterRunBytes: number;
  urls: string[];
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  requestsTotal: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const vmRss = (pid: number): number => statusKb(pid, "VmRSS") * 1024;

const treeRss = (root: number) => {
  const pids = processTree(root);
  return { processes: pids.length, rss: pids.reduce((sum, pid) => sum + vmRss(pid), 0) };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function status(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** Signals the server's process group (`next start` and any child it spawned), if any is left. */
function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The whole group is gone.
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { port: { type: "string" }, duration: { type: "string" }, connections: { type: "string" } },
  });
  const dir = positionals[0];
  if (!dir) throw new Error("usage: tsx scripts/bench/http.ts DIR [--port 3200] [--duration 10] [--connections 50]");
  const port = Number(values.port ?? 3200);
  const durationS = Number(values.duration ?? 10);
  const connections = Number(values.connections ?? 50);
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error(".next/BUILD_ID is missing: run `npm run build` first");
  const base = `http://${HOST}:${port}`;
  if ((await status(`${base}/api/meta`)) !== null) throw new Error(`${base} already answers: another server holds port ${port}`);

  const started = performance.now();
  // As `npm start` does (scripts/serve.sh sets the heap limit).
  const server = spawn("sh", [path.join(ROOT, "scripts", "serve.sh"), "-H", HOST, "-p", String(port)], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_DATA_DIR: path.resolve(dir), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);
  // Whatever happens, the server's process group does not outlive this process.
  process.on("exit", () => stopGroup(server, "SIGKILL"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

  try {
    let ready = false;
    while (performance.now() - started < 180_000) {
      if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${log}`);
      if ((await status(`${base}/api/meta`)) === 200) {
        ready = true;
        break;
      }
      await sleep(250);
    }
    if (!ready) throw new Error(`${base}/api/meta did not answer 200 within 180 s:\n${log}`);
    const readyMs = performance.now() - started;

    const urls = benchQueries().map((q) => q.url);
    const warmupFailures: string[] = [];
    // Warm-up: every URL 3 times in a row (the engine's code gets optimised), then 5 s under load.
    for (let round = 0; round < 3; round += 1) {
      for (const url of urls) {
        const code = await status(`${base}${url}`);
        if (code !== 200 && round === 0) warmupFailures.push(`${url}: ${code ?? "no answer"}`);
      }
    }
    const requests = urls.map((url) => ({ method: "GET", path: url }));
    await autocannon({ url: base, connections, duration: 5, requests });
    const afterWarmup = treeRss(server.pid!);

    const result = await autocannon({ url: base, connections, duration: durationS, requests });
    const afterRun = treeRss(server.pid!);
    const output: HttpResult = {
      readyMs,
      warmupFailures,
      processes: afterWarmup.processes,
      rssAfterWarmupBytes: afterWarmup.rss,
      rssAfterRunBytes: afterRun.rss,
      urls,
      connections,
      durationS,
      requestsPerSecond: result.requests.average,
      requestsTotal: result.requests.total,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } finally {
    stopGroup(server, "SIGTERM");
    const deadline = performance.now() + 5000;
    while (server.exitCode === null && server.signalCode === null && performance.now() < deadline) await sleep(100);
    await sleep(200);
    stopGroup(server, "SIGKILL");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
