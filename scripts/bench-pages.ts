/**
 * Server response time of the drill-down pages (not a test). Needs a production build; generates
 * the demo dataset at the given scale in bench-data/scale-N if missing, starts `next start` on
 * 127.0.0.1:3510 over it, and requests pages one at a time (the time to the last byte of the HTML).
 *
 *   npx tsx scripts/bench-pages.ts [--scale 10] [--requests 200]
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const PORT = 3510;
const BASE = `http://127.0.0.1:${PORT}`;
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const scale = arg("scale", 10);
const requests = arg("requests", 200);
const dataDir = path.join(ROOT, "bench-data", `scale-${scale}`);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function startServer(): Promise<ChildProcess> {
  const server = spawn("sh", [path.join(ROOT, "scripts/serve.sh"), "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`${BASE}/api/meta`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not start");
}

async function time(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${BASE}${url}`);
  await response.text();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

async function main() {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  if (!existsSync(path.join(dataDir, "dataset.json"))) {
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["cli/atlas.ts", "demo", "--data-dir", dataDir, "--scale", String(scale)], { cwd: ROOT, stdio: "inherit" });
  }
  const server = await startServer();
  try {
    const total = ((await (await fetch(`${BASE}/api/meta`)).json()) as { counts: { partnerships: number } }).counts.partnerships;
    const ids = Array.from({ length: requests }, (_, i) => `demo-${String(1 + ((i * 7919) % Math.min(total - 8, 12_700 * scale))).padStart(5, "0")}`);
    const pages: [string, string[]][] = [
      ["partnership page `/partenariats/[id]`", ids.map((id) => `/partenariats/${id}`)],
      ["real fiche `/partenariats/15909`", Array.from({ length: Math.min(50, requests) }, () => "/partenariats/15909")],
      ["country page `/pays/MA`", Array.from({ length: Math.min(30, requests) }, () => "/pays/MA")],
      ["list `/partenariats?country=SN&sort=-amount`", Array.from({ length: Math.min(30, requests) }, () => "/partenariats?country=SN&sort=-amount")],
      ["dashboard `/`", Array.from({ length: Math.min(30, requests) }, () => "/")],
    ];
    const rows: string[] = [];
    for (const [label, urls] of pages) {
      for (const url of urls.slice(0, 3)) await time(url); // warm-up: first compilation of the route
      const times: number[] = [];
      for (const url of urls) times.push(await time(url));
      rows.push(`| ${label} | ${urls.length} | ${percentile(times, 0.5).toFixed(1)} ms | ${percentile(times, 0.95).toFixed(1)} ms |`);
    }
    console.log(
      [
        `### Pages (\`npx tsx scripts/bench-pages.ts --scale ${scale}\`), ${new Date().toISOString().slice(0, 10)}`,
        "",
        `${os.cpus().length} cores, Node ${process.version}, demo dataset at scale ${scale} (${total.toLocaleString("en")} partnerships), sequential requests, time to the last byte.`,
        "",
        "| page | requests | median | p95 |",
        "|---|---:|---:|---:|",
        ...rows,
        "",
      ].join("\n"),
    );
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
