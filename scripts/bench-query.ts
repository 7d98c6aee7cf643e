/**
 * Benchmarks the query engine: `npx tsx scripts/bench-query.ts [--scale 1|10]… [--runs 30] [--http-runs 3] [--no-http]`.
 * For each scale (default: 1 and 10) it makes sure bench-data/scale-N/dataset.json exists (generated
 * with the CLI when missing, its index snapshot rewritten when stale), then measures:
 * 1. the engine: cold load in fresh processes as the server does it (loadEngine: hash the file, read
 *    the index snapshot; scripts/bench/cold-load.ts), RSS after load, and a mix of 20 aggregate
 *    queries (scripts/bench/queries.ts): one warm-up run, then --runs runs each;
 * 2. DuckDB (@duckdb/node-api) over the same rows, one SQL per query (scripts/bench/duckdb.ts),
 *    timed the same way (engine and DuckDB runs alternate), and its answers (rows, total,
 *    partnerships, coverage) compared with the engine's: exit code 1 and a loud message on stderr
 *    naming the query and the first differing row when they differ;
 *    Then "Explain this number" on the same engine (scripts/bench/explain.ts): the first page of the
 *    largest country's partnerships and heavier cases (target at scale 10: under 50 ms median);
 * 3. HTTP: the production server under autocannon (scripts/bench/http.ts), when .next exists,
 *    --http-runs times (a fresh server each time): throughput on this shared machine varies by a
 *    third from one run to the next, so the report gives the run of median throughput and the range.
 * Prints a Markdown report on stdout and writes it to bench-data/bench-query-results.md; progress
 * goes to stderr.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadDatasetText } from "../lib/data/store";
import { loadEngine } from "../lib/data/load-engine";
import type { ColdLoad } from "./bench/cold-load";
import { aggregateSql, loadDuckDb, runRows, runTotals } from "./bench/duckdb";
import type { HttpResult } from "./bench/http";
import { type ExplainTiming, benchExplain, explainTable } from "./bench/explain";
import { type BenchQuery, benchQueries, uncovered } from "./bench/queries";
import { type Discrepancy, buildStaleness, close, codeVersion, ensureDataset, firstDifference, int, mb, median, ms, percentile, runChild } from "./bench/query-helpers";

const ROOT = path.resolve(__dirname, "..");
const BENCH_DIR = path.join(ROOT, "bench-data");
const COLD_RUNS = 3;

const info = (message: string) => process.stderr.write(`${message}\n`);

interface QueryTiming {
  query: BenchQuery;
  rows: number;
  engine: number[];
  duckdb: number[];
}

interface ScaleResult {
  scale: number;
  partnerships: number;
  fundingRows: number;
  cold: ColdLoad[];
  duckdbLoadMs: number;
  timings: QueryTiming[];
  discrepancies: Discrepancy[];
  /** "Explain this number" (lib/query/explain.ts): the engine alone, DuckDB has no counterpart. */
  explain: ExplainTiming[];
  http: HttpResult | string;
  /** Requests per second of every HTTP run, in order. */
  httpRuns: number[];
  /** Errors, timeouts and non-2xx answers over every HTTP run. */
  httpFailed: number;
  /** Set when .next was built before the latest source changes. */
  staleBuild: string;
}

async function benchScale(scale: number, runs: number, httpRuns: number): Promise<ScaleResult> {
  const withHttp = httpRuns > 0;
  const dir = ensureDataset(scale);

  info(`[scale ${scale}] cold load ×${COLD_RUNS} in fresh processes…`);
  const cold: ColdLoad[] = [];
  for (let i = 0; i < COLD_RUNS; i += 1) cold.push(runChild<ColdLoad>("scripts/bench/cold-load.ts", [dir]));

  info(`[scale ${scale}] loading the dataset in this process…`);
  // The engine as the server loads it (from the snapshot); DuckDB is fed the parsed records.
  const loaded = (await loadEngine(dir))!;
  const { engine } = loaded;
  const { dataset } = (await loadDatasetText(dir))!;
  const queries = benchQueries();
  const timings: QueryTiming[] = queries.map((query) => ({ query, rows: 0, engine: [], duckdb: [] }));

  info(`[scale ${scale}] DuckDB: loading ${int(dataset.partnerships.length)} partnerships…`);
  const duck = await loadDuckDb(dataset);
  const discrepancies: Discrepancy[] = [];
  info(`[scale ${scale}] ${queries.length} queries: 1 warm-up + ${runs} runs each on the engine and on DuckDB, alternated…`);
  try {
    for (const [index, timing] of timings.entries()) {
      const { query } = timing;
      // Warm-up runs, which also give the answers to compare.
      const result = engine.aggregate(query.query);
      timing.rows = result.rows.length;
      if (result.rows.length === 0) info(`  warning: no rows for ${query.label}`);
      const sql = aggregateSql(query.query);
      const difference = firstDifference(result.rows, await runRows(duck.connection, sql));
      if (difference) discrepancies.push({ query, index, message: difference });
      const totals = await runTotals(duck.connection, aggregateSql(query.query, true));
      const totalChecks: [string, number, number][] = [
        ["total", result.total, totals.total],
        ["partnerships", result.partnerships, totals.partnerships],
        ["coverage.funded", result.coverage.funded, totals.funded],
      ];
      for (const [name, e, d] of totalChecks) {
        if (!close(e, d)) discrepancies.push({ query, index, message: `${name}: engine ${e}; DuckDB ${d}` });
      }
      // Alternated, so that load from elsewhere on the machine weighs on both sides alike.
      for (let i = 0; i < runs; i += 1) {
        let started = performance.now();
        engine.aggregate(query.query);
        timing.engine.push(performance.now() - started);
        started = performance.now();
        await runRows(duck.connection, sql);
        timing.duckdb.push(performance.now() - started);
      }
    }
  } finally {
    duck.close();
  }
  let explain: ExplainTiming[];
  try {
    info(`[scale ${scale}] explain: 3 warm-up + ${runs} runs per case…`);
    explain = benchExplain(engine, runs);
  } finally {
    await loaded.close();
  }
  info(`[scale ${scale}] DuckDB: ${discrepancies.length ? `${discrepancies.length} DISCREPANCIES` : "every answer matches the engine's"}`);

  let http: HttpResult | string;
  const rates: number[] = [];
  let failed = 0;
  let staleBuild = "";
  if (!withHttp) http = "skipped (--no-http or --http-runs 0)";
  else if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) http = "skipped: .next/BUILD_ID is missing (run `npm run build`)";
  else {
    info(`[scale ${scale}] HTTP: next start + autocannon…`);
    staleBuild = buildStaleness();
    if (staleBuild) info(`  warning: ${staleBuild}`);
    try {
      const results = Array.from({ length: httpRuns }, () => runChild<HttpResult>("scripts/bench/http.ts", [dir]));
      rates.push(...results.map((result) => result.requestsPerSecond));
      // The run of median throughput, reported whole (its latencies, errors and memory).
      http = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(results.length / 2)]!;
      failed = results.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0);
      if (failed > 0) info(`  warning: ${failed} failed requests over the ${httpRuns} HTTP runs`);
    } catch (error) {
      http = `failed: ${(error as Error).message.split("\n").slice(0, 6).join(" ")}`;
    }
  }
  return {
    scale,
    partnerships: dataset.partnerships.length,
    fundingRows: engine.index.rowAmount.length,
    cold,
    duckdbLoadMs: duck.loadMs,
    timings,
    explain,
    discrepancies,
    http,
    httpRuns: rates,
    httpFailed: failed,
    staleBuild,
  };
}

// ---------------------------------------------------------------- report

function scaleSection(r: ScaleResult, runs: number): string {
  const engineAll = r.timings.flatMap((t) => t.engine);
  const duckAll = r.timings.flatMap((t) => t.duckdb);
  const coldTotal = median(r.cold.map((c) => c.totalMs));
  const pick = (f: (c: ColdLoad) => number) => ms(median(r.cold.map(f)));
  const ratios = r.timings.map((t) => median(t.duckdb) / median(t.engine));
  const geomean = Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
  const engineFaster = ratios.filter((x) => x > 1).length;
  const lines = [
    `### Scale ${r.scale}`,
    "",
    "| measure | value |",
    "|---|---:|",
    `| partnerships / funding rows | ${int(r.partnerships)} / ${int(r.fundingRows)} |`,
    `| cold load (median of ${r.cold.length} fresh processes, as the server: loadEngine, index from ${[...new Set(r.cold.map((c) => c.from))].join(" / ")}) | ${ms(coldTotal)} ms |`,
    `| first query after load | ${pick((c) => c.firstQueryMs)} ms |`,
    `| RSS after load (heap used) | ${mb(median(r.cold.map((c) => c.rssBytes)))} (${mb(median(r.cold.map((c) => c.heapUsedBytes)))}) |`,
    `| engine median / p95 per query (${r.timings.length} queries × ${runs} runs) | ${ms(median(engineAll))} / ${ms(percentile(engineAll, 0.95))} ms |`,
    `| DuckDB median / p95 per query | ${ms(median(duckAll))} / ${ms(percentile(duckAll, 0.95))} ms |`,
    `| ratio DuckDB / engine (overall medians; geometric mean of per-query ratios) | ${(median(duckAll) / median(engineAll)).toFixed(2)}; ${geomean.toFixed(2)} (engine faster on ${engineFaster}/${ratios.length}) |`,
    `| DuckDB load (appenders, in process) | ${ms(r.duckdbLoadMs)} ms |`,
    `| DuckDB vs engine answers | ${r.discrepancies.length ? `**${r.discrepancies.length} discrepancies** (below)` : "identical (rows, totals, coverage)"} |`,
  ];
  if (typeof r.http === "string") lines.push(`| HTTP | ${r.http} |`);
  else {
    const h = r.http;
    lines.push(
      `| HTTP req/s (/api/aggregate, ${h.connections} connections, ${h.durationS} s, ${h.urls.length} URLs cycled; median of ${r.httpRuns.length} runs) | ${int(h.requestsPerSecond)} (runs: ${r.httpRuns.map(int).join(", ")}) |`,
      `| HTTP latency p50 / p99 / max (median run) | ${ms(h.latencyP50Ms)} / ${ms(h.latencyP99Ms)} / ${ms(h.latencyMaxMs)} ms |`,
      `| HTTP errors / timeouts / non-2xx (median run; failed requests over all runs) | ${h.errors} / ${h.timeouts} / ${h.non2xx}; ${r.httpFailed}${h.warmupFailures.length ? ` (warm-up failures: ${h.warmupFailures.join(", ")})` : ""} |`,
      `| server RSS after warm-up / after the run (median run, ${h.processes} process${h.processes > 1 ? "es" : ""}) | ${mb(h.rssAfterWarmupBytes)} / ${mb(h.rssAfterRunBytes)} |`,
      `| server ready (start + first /api/meta) | ${ms(h.readyMs)} ms |`,
    );
    if (r.staleBuild) lines.push(`| **warning** | ${r.staleBuild} |`);
  }
  lines.push("", "| # | query | rows | engine median ms | DuckDB median ms | DuckDB / engine |", "|---:|---|---:|---:|---:|---:|");
  r.timings.forEach((t, i) => {
    const e = median(t.engine);
    const d = median(t.duckdb);
    lines.push(`| ${i + 1} | ${t.query.label} | ${t.rows} | ${ms(e)} | ${ms(d)} | ${(d / e).toFixed(1)} |`);
  });
  lines.push("", explainTable(r.explain));
  if (r.discrepancies.length) {
    lines.push("", "Discrepancies between the engine and DuckDB:", "");
    for (const d of r.discrepancies) lines.push(`- query ${d.index + 1} (${d.query.label}): ${d.message}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { scale: { type: "string", multiple: true }, runs: { type: "string" }, "http-runs": { type: "string" }, "no-http": { type: "boolean" } },
  });
  const scales = (values.scale ?? ["1", "10"]).map(Number);
  for (const scale of scales) if (!(scale > 0)) throw new Error(`--scale must be a positive number`);
  const runs = Number(values.runs ?? 30);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");

  const missing = uncovered(benchQueries());
  if (missing.length) info(`warning: the query mix does not cover ${missing.join(", ")}`);
  const loadBefore = os.loadavg()[0]!;
  const code = codeVersion();
  const results: ScaleResult[] = [];
  const httpRuns = values["no-http"] ? 0 : Number(values["http-runs"] ?? 3);
  if (!Number.isInteger(httpRuns) || httpRuns < 0) throw new Error("--http-runs must be a whole number");
  for (const scale of scales) results.push(await benchScale(scale, runs, httpRuns));

  const markdown = [
    "## Query engine benchmark",
    "",
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${mb(os.totalmem())} RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ` +
      `load average ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0]!.toFixed(2)} after (other work on the machine skews the times). ` +
      `Code: ${code}. Produced by \`npx tsx scripts/bench-query.ts\` (times in ms, wall clock, one warm-up run then ${runs} runs per query).`,
    ...(missing.length ? ["", `**The query mix does not cover ${missing.join(", ")}** (scripts/bench/queries.ts).`] : []),
    "",
    ...results.map((r) => scaleSection(r, runs)).flatMap((section) => [section, ""]),
  ].join("\n");
  process.stdout.write(markdown);
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(path.join(BENCH_DIR, "bench-query-results.md"), markdown);

  const discrepancies = results.flatMap((r) => r.discrepancies.map((d) => ({ ...d, scale: r.scale })));
  if (discrepancies.length) {
    info("");
    info("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    info(`!!! DuckDB and the engine DISAGREE on ${discrepancies.length} answer(s):`);
    for (const d of discrepancies) info(`!!! scale ${d.scale}, query ${d.index + 1} (${d.query.label}) ${d.query.url}: ${d.message}`);
    info("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  info(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(2);
});
