/**
 * Load test of the production server (`npm run bench:load`): autocannon against three targets in
 * turn, the dashboard page with filters, /api/aggregate and a partnership page, each after a
 * warm-up; prints a markdown table (requests per second, latency, errors) and writes it into
 * docs/benchmarks.md between the bench:load markers.
 *
 *   npm run bench:load -- [--url http://host:port] [--port 3300] [--data-dir DIR]
 *                         [--duration 30] [--connections 100] [--gzip] [--no-write]
 *
 * Without --url it starts scripts/serve.sh (as `npm start` does) on 127.0.0.1:PORT over DIR
 * (default data/, the dataset `npm run build` generates) and stops it at the end; it needs a
 * production build. The targets' parameters come from the server's own /api/meta and
 * /api/partnerships, so that they name a theme and a partnership the dataset holds.
 * --gzip asks for gzip as browsers do (autocannon asks for no content coding by default).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { processTree, statusKb } from "./bench/processes";
import { ROOT, startServer, stopServer } from "./bench/server";

interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
// autocannon ships no types: loaded with require, typed with the few fields read here.
const autocannon = createRequire(path.join(ROOT, "package.json"))("autocannon") as Autocannon;

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    port: { type: "string", default: "3300" },
    "data-dir": { type: "string", default: path.join(ROOT, "data") },
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "100" },
    gzip: { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const headers: Record<string, string> = values.gzip ? { "accept-encoding": "gzip, deflate, br" } : {};
const DOC = path.join(ROOT, "docs/benchmarks.md");
const BEGIN = "<!-- bench:load begin -->";
const END = "<!-- bench:load end -->";

const info = (message: string) => console.error(`bench:load: ${message}`);
const round = (value: number) => Math.round(value).toLocaleString("en-US");
const loads = () => loadavg().map((value) => value.toFixed(2)).join(" / ");

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The three targets, with a theme and a partnership of the served dataset. */
async function targets(base: string): Promise<[name: string, path: string][]> {
  const meta = await json<{ version: string; themes: { key: string }[] }>(`${base}/api/meta`);
  const theme = meta.themes[0]?.key;
  const partnership = (await json<{ items: { id: string }[] }>(`${base}/api/partnerships?pageSize=1`)).items[0]?.id;
  if (!theme || !partnership) throw new Error("the dataset has no theme or no partnership to load");
  const filters = `theme=${encodeURIComponent(theme)}&yearFrom=2015`;
  return [
    ["dashboard page with filters", `/?${filters}`],
    ["aggregate API", `/api/aggregate?by=country&${filters}`],
    ["partnership page", `/partenariats/${encodeURIComponent(partnership)}`],
  ];
}

interface Row {
  name: string;
  path: string;
  bytes: number;
  result: AutocannonResult;
  loadBefore: string;
  loadAfter: string;
}

async function measure(base: string, name: string, target: string): Promise<Row> {
  const url = `${base}${target}`;
  const first = await fetch(url, { headers });
  // fetch decodes gzip: the size sent is the Content-Length, when the answer has one.
  const decoded = (await first.arrayBuffer()).byteLength;
  const bytes = Number(first.headers.get("content-length") ?? decoded);
  if (first.status !== 200) throw new Error(`${url}: HTTP ${first.status}`);
  info(`${name}: warm-up (${Math.min(5, duration)} s)…`);
  await autocannon({ url, connections, duration: Math.min(5, duration), headers });
  const loadBefore = loads();
  info(`${name}: ${connections} connections, ${duration} s…`);
  const result = await autocannon({ url, connections, duration, headers });
  return { name, path: target, bytes, result, loadBefore, loadAfter: loads() };
}

function table(rows: Row[]): string[] {
  const lines = [
    "| target | URL | body as sent | req/s mean | req/s median | latency p50 / p99 / max | requests | errors / timeouts / non-2xx | load average (1/5/15 min) before → after |",
    "|---|---|---:|---:|---:|---|---:|---|---|",
  ];
  for (const { name, path: target, bytes, result, loadBefore, loadAfter } of rows) {
    const { requests, latency } = result;
    lines.push(
      `| ${name} | \`${target}\` | ${(bytes / 1024).toFixed(1)} KB | ${round(requests.average)} | ${round(requests.p50)} | ` +
        `${latency.p50} / ${latency.p99} / ${latency.max} ms | ${round(requests.total)} | ${result.errors} / ${result.timeouts} / ${result.non2xx} | ${loadBefore} → ${loadAfter} |`,
    );
  }
  return lines;
}

function writeDoc(report: string): void {
  const text = readFileSync(DOC, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${DOC} has no ${BEGIN} … ${END} block to write into`);
  writeFileSync(DOC, `${text.slice(0, start + BEGIN.length)}\n${report}\n${text.slice(end)}`);
  info(`written into ${path.relative(ROOT, DOC)}`);
}

async function main(): Promise<void> {
  const port = Number(values.port);
  const server = values.url ? undefined : await startServer(port, path.resolve(values["data-dir"]!));
  const base = values.url ?? `http://127.0.0.1:${port}`;
  // Whatever happens, the server started here does not outlive this process.
  const stopOnExit = () => {
    try {
      if (server) stopServer(server);
    } catch {
      // Its process group is gone already.
    }
  };
  if (server) {
    process.on("exit", stopOnExit);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  }
  try {
    const rows: Row[] = [];
    for (const [name, target] of await targets(base)) rows.push(await measure(base, name, target));
    const rss = server ? processTree(server.pid!).reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0) : 0;
    const commit = (() => {
      try {
        return `commit ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim()}`;
      } catch {
        return "commit unknown";
      }
    })();
    const report = [
      `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC (${commit}), ` +
        `${connections} connections, ${duration} s a target after a ${Math.min(5, duration)} s warm-up, ` +
        `${values.gzip ? "Accept-Encoding gzip" : "no Accept-Encoding (identity bodies)"}, ${values.url ? `server at ${values.url}` : `server started by scripts/serve.sh over ${path.relative(ROOT, path.resolve(values["data-dir"]!)) || "."}`}` +
        `${server ? `; server RSS after the run ${Math.round(rss / 1024)} MB` : ""}.`,
      "",
      ...table(rows),
    ].join("\n");
    console.log(report);
    if (!values["no-write"]) writeDoc(report);
    if (rows.some((row) => row.result.errors + row.result.timeouts + row.result.non2xx > 0)) process.exitCode = 1;
  } finally {
    process.off("exit", stopOnExit);
    stopOnExit();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
