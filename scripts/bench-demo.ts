/**
 * Times the demo generator: `npx tsx [--expose-gc] scripts/bench-demo.ts [--scale N] [--runs N] [--seed S]`.
 * Prints a Markdown table: the first run (cold: official geography loaded, code not yet optimised)
 * and the median of the next runs (3 by default), with the records made and the heap used right
 * after generation (after a collection, so the records' own footprint, when --expose-gc is given).
 */
import { parseArgs } from "node:util";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../lib/demo/generate";

const gc = (globalThis as { gc?: () => void }).gc;

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { scale: { type: "string" }, runs: { type: "string" }, seed: { type: "string" } },
  });
  const scale = values.scale === undefined ? DEFAULT_DEMO_OPTIONS.scale : Number(values.scale);
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  const seed = values.seed === undefined ? DEFAULT_DEMO_OPTIONS.seed : Number(values.seed);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`--scale must be a positive number, not "${values.scale}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not "${values.runs}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${values.seed}"`);
  const options = { ...DEFAULT_DEMO_OPTIONS, scale, seed };

  const measure = () => {
    const started = performance.now();
    let records = generateDemoPartnerships(options);
    const ms = performance.now() - started;
    // With --expose-gc the heap is measured after a collection, the records still alive.
    gc?.();
    const heap = process.memoryUsage().heapUsed;
    const count = records.length;
    records = [];
    return { ms, heap, count };
  };

  const first = measure();
  const next = Array.from({ length: runs }, measure);
  const sorted = [...next].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? first;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const lines = [
    `Demo generator, seed ${seed}, scale ${scale}, reference year ${options.referenceYear} (Node ${process.version})`,
    "",
    "| run | records | time | heap used |",
    "|---|---:|---:|---:|",
    `| first (cold) | ${first.count.toLocaleString("en-US")} | ${first.ms.toFixed(0)} ms | ${mb(first.heap)} |`,
    `| median of ${runs} | ${median.count.toLocaleString("en-US")} | ${median.ms.toFixed(0)} ms | ${mb(median.heap)} |`,
    "",
    gc ? "Heap measured after a garbage collection, records alive." : "Heap not collected before measuring (run with --expose-gc for the records' footprint).",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
