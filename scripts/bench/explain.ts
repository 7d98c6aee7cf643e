/**
 * "Explain this number" timings (lib/query/explain.ts), run by scripts/bench-query.ts on each
 * scale's engine, or alone: `npx tsx scripts/bench/explain.ts DIR [--runs 30]` prints a Markdown
 * table. The target (issue 12): at ten times the Atlas (127,000 partnerships), the first page of the
 * largest group (Germany, measure partnerships) under 50 ms median.
 */
import { parseArgs } from "node:util";
import { loadEngine } from "../../lib/data/load-engine";
import type { QueryEngine } from "../../lib/query/engine";
import { aggregateQuerySchema, explainQuerySchema } from "../../lib/query/params";

export interface ExplainTiming {
  label: string;
  /** Partnerships the explanation lists over all its pages. */
  total: number;
  runs: number[];
}

const EMPTY = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };

/** The cases: the target's, then heavier ones (distinct counts, shares, "others", a deep page). */
const CASES: { label: string; raw: Record<string, unknown> }[] = [
  { label: "country × partnerships, largest group, page 1", raw: { by: "country", measure: "partnerships" } },
  { label: "country × amount, largest group, page 1", raw: { by: "country", measure: "amount" } },
  { label: "country × frenchAuthorities, largest group, page 1", raw: { by: "country", measure: "frenchAuthorities" } },
  { label: "theme × amount (split), largest group, page 1", raw: { by: "theme", measure: "amount", themeRule: "split" } },
  { label: "authority × amount, others (limit 10), page 1", raw: { by: "authority", measure: "amount", limit: 10, key: "others" } },
  { label: "country × partnerships, largest group, page 50", raw: { by: "country", measure: "partnerships", page: 50 } },
];

export function benchExplain(engine: QueryEngine, runs: number): ExplainTiming[] {
  return CASES.map(({ label, raw }) => {
    const { key, page, ...rest } = raw;
    const aggregate = aggregateQuerySchema.parse({ ...EMPTY, ...rest });
    const rowKey = (key as string | undefined) ?? String(engine.aggregate(aggregate).rows[0]!.key);
    const query = explainQuerySchema.parse({ ...EMPTY, ...rest, key: rowKey, page: page ?? 1 });
    const total = engine.explain(query).total;
    // Warm-up: the first calls build the index's postings and title ranks, and let the JIT compile.
    for (let i = 0; i < 3; i += 1) engine.explain(query);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      engine.explain(query);
      times.push(performance.now() - started);
    }
    return { label: `${label} (key ${rowKey})`, total, runs: times };
  });
}

const percentile = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * values.length) - 1)] ?? NaN;

/** The timings as a Markdown table. */
export function explainTable(timings: readonly ExplainTiming[]): string {
  const lines = ["| explain case | partnerships listed | median ms | p95 ms |", "|---|---:|---:|---:|"];
  for (const t of timings) lines.push(`| ${t.label} | ${t.total.toLocaleString("en-US")} | ${percentile(t.runs, 0.5).toFixed(2)} | ${percentile(t.runs, 0.95).toFixed(2)} |`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { runs: { type: "string" } } });
  const dir = positionals[0];
  if (!dir) throw new Error("usage: tsx scripts/bench/explain.ts DIR [--runs 30]");
  const loaded = await loadEngine(dir, (message) => process.stderr.write(`${message}\n`));
  if (!loaded) throw new Error(`${dir} holds no dataset`);
  try {
    const timings = benchExplain(loaded.engine, Number(values.runs ?? 30));
    process.stdout.write(`${loaded.engine.index.count.toLocaleString("en-US")} partnerships\n\n${explainTable(timings)}\n`);
  } finally {
    await loaded.close();
  }
}

if (process.argv[1]?.endsWith("bench/explain.ts")) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  });
}
