/**
 * The France map's answer (/api/french-areas: three breakdowns by région or département) at a
 * dataset's scale: `npx tsx scripts/bench/french-areas.ts bench-data/scale-10 [--runs 30]`.
 * Medians of `runs` calls after one warm-up, per level and filter set.
 */
import { parseArgs } from "node:util";
import { loadEngine } from "../../lib/data/load-engine";
import { FRENCH_AREA_LEVELS, filtersSchema } from "../../lib/query/params";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "30" } } });
  const dir = positionals[0] ?? "data";
  const runs = Number(values.runs);
  const loaded = await loadEngine(dir);
  if (!loaded) throw new Error(`${dir} holds no dataset`);
  const { engine } = loaded;
  const EMPTY = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };
  const SETS: [string, Record<string, unknown>][] = [
    ["no filter", {}],
    ["country=SN", { country: ["SN"] }],
    ["theme + 2015–2020", { theme: "environnement-climat-et-energie", yearFrom: 2015, yearTo: 2020 }],
  ];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${engine.index.count.toLocaleString("en-US")} partnerships, ${runs} runs, medians`);
  console.log("| filters | level | areas | median ms |\n|---|---|---:|---:|");
  for (const [label, raw] of SETS) {
    const filters = filtersSchema.parse({ ...EMPTY, ...raw });
    for (const level of FRENCH_AREA_LEVELS) {
      const areas = engine.frenchAreas(filters, level).length;
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now();
        engine.frenchAreas(filters, level);
        times.push(performance.now() - start);
      }
      console.log(`| ${label} | ${level} | ${areas} | ${median(times).toFixed(2)} |`);
    }
  }
  await loaded.close();
}

void main();
