/**
 * Cold load of the query engine, run in a fresh process by scripts/bench-query.ts:
 * `tsx scripts/bench/cold-load.ts DIR` prints one JSON object. It does what the server does on its
 * first request (lib/data/engine.ts → loadEngine): hash the dataset file (the version) and read the
 * index snapshot written beside it, or, without a current snapshot, parse, validate and index every
 * record; then answers one query and reads the RSS (after a garbage collection when node runs with
 * --expose-gc, as the benchmark starts it).
 */
import { loadEngine } from "../../lib/data/load-engine";
import { aggregateQuerySchema } from "../../lib/query/params";

export interface ColdLoad {
  /** Milliseconds from process start to the start of the load (node + tsx + module imports). */
  startupMs: number;
  /** Where the index came from: the snapshot, or the records parsed and indexed. */
  from: "snapshot" | "records";
  /** loadEngine, from the first byte read to the engine ready. */
  totalMs: number;
  firstQueryMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  partnerships: number;
  fundingRows: number;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx scripts/bench/cold-load.ts DIR");
  const t0 = performance.now();
  const loaded = await loadEngine(dir, (message) => process.stderr.write(`${message}\n`));
  if (!loaded) throw new Error(`${dir} holds no dataset`);
  const { engine } = loaded;
  const t2 = performance.now();
  const empty = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };
  engine.aggregate(aggregateQuerySchema.parse({ ...empty, by: "theme", measure: "amount" }));
  const t3 = performance.now();
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const result: ColdLoad = {
    startupMs: t0,
    from: loaded.from,
    totalMs: t2 - t0,
    firstQueryMs: t3 - t2,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    partnerships: engine.index.count,
    fundingRows: engine.index.rowAmount.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
