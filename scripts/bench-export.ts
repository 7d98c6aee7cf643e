/**
 * Time of the export files (not a test). Needs a production build; generates the demo dataset at
 * the given scale in bench-data/scale-N if missing, starts the server on 127.0.0.1:3520 over it and
 * requests each panel's file in each format, one request at a time, over a few filter states
 * (each request computes its file: nothing is cached but the dataset).
 *
 * Then the whole-data downloads (scripts/bench/downloads.ts), 3 runs each; `--downloads` runs only these.
 *
 *   npx tsx scripts/bench-export.ts [--scale 10] [--runs 5] [--downloads]
 */
import os from "node:os";
import { benchDownloads } from "./bench/downloads";
import { numberArg, percentile, runServerBench, timeGet } from "./bench/server";

const PORT = 3520;
const scale = numberArg("scale", 10);
const runs = numberArg("runs", 5);
const onlyDownloads = process.argv.includes("--downloads");
const PANELS = ["map", "themes", "financer-categories", "financers", "years", "countries", "authorities"];
const FORMATS = ["csv", "xlsx", "svg", "png", "pptx"];
// Different questions, so that no answer is reused from one request to the next.
const STATES = ["", "country=SN", "theme=environnement-climat-et-energie&yearFrom=2015", "region=europe&rank=amount", "financerCategory=meae&themeRule=split"];

runServerBench(PORT, scale, async (base, pid) => {
  const total = ((await (await fetch(`${base}/api/meta`)).json()) as { counts: { partnerships: number } }).counts.partnerships;
  const panels = onlyDownloads ? [] : await benchPanels(base);
  const downloads = await benchDownloads(base, pid, 3);
  return [
    `### Exports (\`npm run bench:export -- --scale ${scale} --runs ${runs}${onlyDownloads ? " --downloads" : ""}\`), ${new Date().toISOString().slice(0, 10)}`,
    "",
    `${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} at the end, demo dataset at scale ${scale} (${total.toLocaleString("en")} partnerships), sequential requests over ${Math.min(runs, STATES.length)} filter states, time to the last byte: median / slowest of ${runs} (largest file).`,
    "",
    ...panels,
    ...downloads,
  ];
});

/** Each panel's file in each format: the table of medians and the slowest request. */
async function benchPanels(base: string): Promise<string[]> {
  for (const format of FORMATS) await timeGet(`${base}/export/themes.${format}`); // first load of each writer
  const rows: string[] = [];
  let slowest = 0;
  for (const panel of PANELS) {
    const cells: string[] = [];
    for (const format of FORMATS) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < runs; run += 1) {
        const state = STATES[run % STATES.length]!;
        const timed = await timeGet(`${base}/export/${panel}.${format}${state ? `?${state}` : ""}`);
        times.push(timed.ms);
        bytes = Math.max(bytes, timed.bytes);
      }
      slowest = Math.max(slowest, ...times);
      cells.push(`${percentile(times, 0.5).toFixed(0)} / ${Math.max(...times).toFixed(0)} ms (${(bytes / 1024).toFixed(0)} KiB)`);
    }
    rows.push(`| ${panel} | ${cells.join(" | ")} |`);
  }
  return [
    `| panel | ${FORMATS.join(" | ")} |`,
    `|---|${FORMATS.map(() => "---:").join("|")}|`,
    ...rows,
    "",
    `Slowest request: ${slowest.toFixed(0)} ms.`,
    "",
  ];
}
