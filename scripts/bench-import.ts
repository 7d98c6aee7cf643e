/**
 * Times the import of Atlas fiches: `npm run bench:import [-- --count N] [--runs N] [--rendering R]`.
 * Writes the demo dataset's records (12,700 at scale 1) as fiche files in each rendering (the
 * page's text, a browser copy, the saved HTML page), then imports each rendering's directory in ONE
 * command (`atlas import --data-dir TMP DIR`, a fresh dataset each run), as a user would. Prints a
 * Markdown table: the median wall time of the runs with their range, the peak RSS of the command
 * (VmHWM of its processes, sampled), and what the import reported, checked against the records
 * written (the same number of partnerships less those the content matching merges, the same total).
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readDataset } from "../lib/data/store";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../lib/demo/generate";
import { ficheAsBrowserCopy } from "../lib/ingest/render/browser-copy";
import { ficheAsHtml } from "../lib/ingest/render/html";
import { ficheAsPageText } from "../lib/ingest/render/page-text";
import { contentKey } from "../lib/ingest/match";
import type { Partnership } from "../lib/model";
import { processTree, statusKb } from "./bench/processes";

const ROOT = path.resolve(__dirname, "..");
const RENDERINGS = {
  "page-text": { extension: "txt", render: ficheAsPageText },
  "browser-copy": { extension: "txt", render: ficheAsBrowserCopy },
  html: { extension: "html", render: ficheAsHtml },
} as const;
type Rendering = keyof typeof RENDERINGS;

/** Runs the CLI import; resolves with its wall time, peak RSS (MB) and output. */
function runImport(dataDir: string, source: string): Promise<{ ms: number; peakMb: number; stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "cli/atlas.ts"), "import", "--data-dir", dataDir, source], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    let peakKb = 0;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const sample = setInterval(() => {
      const kb = processTree(child.pid!).reduce((sum, pid) => sum + statusKb(pid, "VmHWM"), 0);
      peakKb = Math.max(peakKb, kb);
    }, 50);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sample);
      resolve({ ms: performance.now() - started, peakMb: peakKb / 1024, stdout, stderr, code });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const amountOf = (records: readonly Partnership[]) => records.reduce((sum, p) => sum + p.funding.reduce((s, row) => s + row.amount, 0), 0);

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { count: { type: "string" }, runs: { type: "string" }, rendering: { type: "string", multiple: true } } });
  const runs = Number(values.runs ?? 3);
  const renderings = (values.rendering ?? Object.keys(RENDERINGS)) as Rendering[];
  for (const name of renderings) if (!(name in RENDERINGS)) throw new Error(`--rendering: "${name}" is not one of ${Object.keys(RENDERINGS).join(", ")}`);
  const all = generateDemoPartnerships(DEFAULT_DEMO_OPTIONS);
  const records = all.slice(0, Number(values.count ?? all.length));
  // Generated records carry no Atlas id: those with the same title, authorities and countries are one partnership to the import.
  // The last file of a partnership wins, as in the import.
  const kept = [...new Map(records.map((record) => [contentKey(record), record])).values()];
  const expected = kept.length;
  const work = await mkdtemp(path.join(tmpdir(), "atlas-bench-import-"));
  const lines = [
    `Import of ${records.length.toLocaleString("en-US")} fiche files in one command, median of ${runs} runs (Node ${process.version}, load average before: ${loadavg().map((l) => l.toFixed(2)).join(" ")})`,
    "",
    "| rendering | files | size | time (range) | peak RSS | imported |",
    "|---|---:|---:|---:|---:|---|",
  ];
  try {
    for (const name of renderings) {
      const { extension, render } = RENDERINGS[name];
      const dir = path.join(work, name);
      await mkdir(dir);
      let bytes = 0;
      for (const record of records) {
        const text = render(record);
        bytes += Buffer.byteLength(text);
        await writeFile(path.join(dir, `${record.id}.${extension}`), text);
      }
      const results = [];
      let imported = "";
      for (let run = 0; run < runs; run++) {
        const dataDir = path.join(work, `data-${name}-${run}`);
        const result = await runImport(dataDir, dir);
        if (result.code !== 0) throw new Error(`${name}: the import exited ${result.code}:\n${result.stderr.slice(0, 2000)}`);
        const dataset = (await readDataset(dataDir))!;
        const total = amountOf(dataset.partnerships);
        if (dataset.partnerships.length !== expected || Math.abs(total - amountOf(kept)) > 0.01) {
          throw new Error(`${name}: ${dataset.partnerships.length} partnerships and ${total} € imported, expected ${expected} and ${amountOf(kept)} €`);
        }
        imported = result.stdout.trim().split(";")[0]!;
        results.push(result);
        await rm(dataDir, { recursive: true });
      }
      const times = results.map((r) => r.ms);
      lines.push(
        `| ${name} | ${records.length.toLocaleString("en-US")} | ${(bytes / 1024 / 1024).toFixed(0)} MiB | ${(median(times) / 1000).toFixed(1)} s (${(Math.min(...times) / 1000).toFixed(1)}–${(Math.max(...times) / 1000).toFixed(1)}) | ${median(results.map((r) => r.peakMb)).toFixed(0)} MB | ${imported} |`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  lines.push("", `Load average after: ${loadavg().map((l) => l.toFixed(2)).join(" ")}.`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
