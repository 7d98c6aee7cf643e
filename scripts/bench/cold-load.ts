/**
 * Cold load of the query engine, run in a fresh process by scripts/bench-query.ts:
 * `tsx scripts/bench/cold-load.ts DIR` prints one JSON object. It does what the server does on its
 * first request (lib/data/engine.ts): read the file, hash it (the version), parse it and validate it
 * (skipped when the validation record written with the file matches its hash), build the
 * QueryEngine; then answers one query (the first, unoptimised one) and reads the RSS.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { VALIDATED_FILE, loadDatasetText } from "../../lib/data/store";
import { QueryEngine } from "../../lib/query/engine";
import { aggregateQuerySchema } from "../../lib/query/params";

export interface ColdLoad {
  /** Milliseconds from process start to the start of the load (node + tsx + module imports). */
  startupMs: number;
  /** Read + hash + JSON.parse (+ zod validation unless skipped): loadDatasetText. */
  loadMs: number;
  /** Whether validation was skipped (the validation record matches the file's hash). */
  validationSkipped: boolean;
  /** buildQueryIndex (new QueryEngine). */
  indexMs: number;
  /** load + index. */
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
  const loaded = await loadDatasetText(dir);
  if (!loaded) throw new Error(`${dir} holds no dataset`);
  const t1 = performance.now();
  const engine = QueryEngine.fromDataset(loaded.dataset, loaded.hash.slice(0, 16));
  const t2 = performance.now();
  const empty = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };
  engine.aggregate(aggregateQuerySchema.parse({ ...empty, by: "theme", measure: "amount" }));
  const t3 = performance.now();
  const memory = process.memoryUsage();
  const record = await readFile(path.join(dir, VALIDATED_FILE), "utf8").then((text) => JSON.parse(text) as { sha1?: string }, () => null);
  const result: ColdLoad = {
    startupMs: t0,
    loadMs: t1 - t0,
    validationSkipped: record?.sha1 === loaded.hash,
    indexMs: t2 - t1,
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
