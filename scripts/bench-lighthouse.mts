/**
 * Lighthouse scores of the dashboard, a partnership page and a country page (issue 13: at least 95
 * each for performance, accessibility and best practices; issue 15: performance at least 90 on a
 * phone, LCP under 2.5 s and TBT under 200 ms on `/`), written to docs/benchmarks.md. Not a test:
 * the scores move with the machine's load.
 *
 *   npm run bench:lighthouse [-- --url http://127.0.0.1:3000] [--runs 3] [--preset mobile|desktop]
 *
 * Without --url, starts the production build (`npm run build` first) with scripts/serve.sh on
 * 127.0.0.1:3450. Each page is audited `--runs` times with Lighthouse's desktop preset and with its
 * default (mobile: emulated phone, slow 4G, 4× CPU slowdown), in the system Chromium; the medians
 * are written to docs/benchmarks.md (the section is replaced on a rerun), with the audits that cost
 * points under 95.
 *
 * An .mts file: lighthouse is an ES module only.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Config, type Flags } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 3450;
const PAGES = [
  { name: "dashboard", path: "/" },
  { name: "partnership page", path: "/partenariats/15909" },
  { name: "country page", path: "/pays/SN" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const TARGET = 95;
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SECTION = "## Lighthouse (`npm run bench:lighthouse`)";

const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const runs = Number(arg("--runs")) || 3;
const givenUrl = arg("--url");
const PRESETS = [["desktop", desktopConfig], ["mobile", undefined]] as const;
const presets = PRESETS.filter(([name]) => (arg("--preset") ?? name) === name);

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  /** Audits that cost points, by category: "title (score)". */
  losses: Record<string, string[]>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function startServer(base: string): Promise<ChildProcess> {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  const server = spawn("sh", [path.join(ROOT, "scripts/serve.sh"), "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`${base}/api/meta`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not start");
}

async function audit(url: string, port: number, config: Config | undefined): Promise<Run> {
  const flags: Flags = { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const losses: Record<string, string[]> = {};
  for (const category of CATEGORIES) {
    losses[category] = lhr.categories[category]!.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${lhr.audits[ref.id]!.title} (${Math.round((lhr.audits[ref.id]!.score ?? 0) * 100)})`);
  }
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]!.score ?? 0) * 100)])) as Run["scores"],
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    bytes: numeric("total-byte-weight"),
    losses,
  };
}

function row(page: string, preset: string, results: Run[]): string {
  const score = (category: (typeof CATEGORIES)[number]) => {
    const value = median(results.map((r) => r.scores[category]));
    return `${value}${value >= TARGET ? " ✔" : " ✘"}`;
  };
  const lcp = median(results.map((r) => r.lcp));
  const tbt = median(results.map((r) => r.tbt));
  const cls = median(results.map((r) => r.cls));
  const bytes = median(results.map((r) => r.bytes));
  return `| ${page} | ${preset} | ${CATEGORIES.map(score).join(" | ")} | ${Math.round(lcp).toLocaleString("en")} ms | ${Math.round(tbt)} ms | ${cls.toFixed(3)} | ${Math.round(bytes / 1024)} KiB |`;
}

/** The audits that cost points in a category whose median is under the target, with how many runs each appeared in. */
function lossLines(page: string, preset: string, results: Run[]): string[] {
  const lines: string[] = [];
  for (const category of CATEGORIES) {
    if (median(results.map((r) => r.scores[category])) >= TARGET) continue;
    const counts = new Map<string, number>();
    for (const r of results) for (const loss of r.losses[category] ?? []) counts.set(loss.replace(/ \(\d+\)$/, ""), (counts.get(loss.replace(/ \(\d+\)$/, "")) ?? 0) + 1);
    const audits = [...counts].map(([title, n]) => `${title}${n < results.length ? ` (${n} of ${results.length} runs)` : ""}`);
    lines.push(`- ${page}, ${preset}, ${category}: ${audits.join("; ") || "no single audit under 1"}`);
  }
  return lines;
}

function writeSection(markdown: string) {
  const file = path.join(ROOT, "docs/benchmarks.md");
  const doc = readFileSync(file, "utf8");
  const start = doc.indexOf(SECTION);
  let next: string;
  if (start < 0) next = `${doc.trimEnd()}\n\n${markdown}`;
  else {
    const end = doc.indexOf("\n## ", start + SECTION.length);
    next = `${doc.slice(0, start)}${markdown}${end < 0 ? "" : `\n${doc.slice(end + 1)}`}`;
  }
  writeFileSync(file, next.endsWith("\n") ? next : `${next}\n`);
}

async function main() {
  const base = givenUrl ?? `http://127.0.0.1:${PORT}`;
  const server = givenUrl ? undefined : await startServer(base);
  const loadBefore = os.loadavg()[0]!;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    for (const page of PAGES) {
      const status = (await fetch(`${base}${page.path}`)).status;
      if (status !== 200) throw new Error(`${page.path} answers ${status}: pick a page the dataset has`);
    }
    const rows: string[] = [];
    const losses: string[] = [];
    for (const page of PAGES) {
      for (const [preset, config] of presets) {
        // One audit first, not counted: the server's first rendering of the page and its caches.
        await audit(`${base}${page.path}`, chrome.port, config);
        const results: Run[] = [];
        for (let run = 0; run < runs; run += 1) results.push(await audit(`${base}${page.path}`, chrome.port, config));
        console.error(`${page.path} ${preset}: ${results.map((r) => CATEGORIES.map((c) => r.scores[c]).join("/")).join(", ")}`);
        rows.push(row(`${page.name} \`${page.path}\``, preset, results));
        losses.push(...lossLines(`\`${page.path}\``, preset, results));
      }
    }
    const markdown = [
      SECTION,
      "",
      `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: lighthouse 12.2.3, ${path.basename(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")} headless, ${os.cpus().length} cores, load average ${loadBefore.toFixed(2)} before and ${os.loadavg()[0]!.toFixed(2)} after, production build served by scripts/serve.sh, dataset of data/. Median of ${runs} runs each, after one uncounted run; desktop is Lighthouse's desktop preset, mobile its default settings (emulated phone, slow 4G, CPU slowed 4×). Target (issue 13): at least ${TARGET} for each score; issue 15: performance at least 90 on mobile.`,
      "",
      "| page | settings | performance | accessibility | best practices | LCP | TBT | CLS | transferred |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|",
      ...rows,
      "",
      ...(losses.length > 0 ? ["Audits that cost points where a median is under the target:", "", ...losses, ""] : []),
    ].join("\n");
    writeSection(markdown);
    console.log(markdown);
  } finally {
    chrome.kill();
    if (server?.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
