/**
 * Server response time of the drill-down pages (not a test). Needs a production build; generates
 * the demo dataset at the given scale in bench-data/scale-N if missing, starts `next start` on
 * 127.0.0.1:3510 over it, and requests pages one at a time (the time to the last byte of the HTML).
 *
 *   npx tsx scripts/bench-pages.ts [--scale 10] [--requests 200]
 */
import os from "node:os";
import { numberArg, percentile, runServerBench, timeGet } from "./bench/server";

const PORT = 3510;
const scale = numberArg("scale", 10);
const requests = numberArg("requests", 200);

const BASE = `http://127.0.0.1:${PORT}`;
const time = async (url: string) => (await timeGet(`${BASE}${url}`)).ms;

runServerBench(PORT, scale, async () => {
  const total = ((await (await fetch(`${BASE}/api/meta`)).json()) as { counts: { partnerships: number } }).counts.partnerships;
  const ids = Array.from({ length: requests }, (_, i) => `demo-${String(1 + ((i * 7919) % Math.min(total - 8, 12_700 * scale))).padStart(5, "0")}`);
  const pages: [string, string[]][] = [
    ["partnership page `/partenariats/[id]`", ids.map((id) => `/partenariats/${id}`)],
    ["real fiche `/partenariats/15909`", Array.from({ length: Math.min(50, requests) }, () => "/partenariats/15909")],
    ["country page `/pays/MA`", Array.from({ length: Math.min(30, requests) }, () => "/pays/MA")],
    ["list `/partenariats?country=SN&sort=-amount`", Array.from({ length: Math.min(30, requests) }, () => "/partenariats?country=SN&sort=-amount")],
    ["dashboard `/`", Array.from({ length: Math.min(30, requests) }, () => "/")],
    ["comparison `/comparer?a.country=SN&b.country=MA`", Array.from({ length: Math.min(30, requests) }, () => "/comparer?a.country=SN&b.country=MA")],
  ];
  const rows: string[] = [];
  for (const [label, urls] of pages) {
    for (const url of urls.slice(0, 3)) await time(url); // warm-up: first compilation of the route
    const times: number[] = [];
    for (const url of urls) times.push(await time(url));
    rows.push(`| ${label} | ${urls.length} | ${percentile(times, 0.5).toFixed(1)} ms | ${percentile(times, 0.95).toFixed(1)} ms |`);
  }
  return [
      `### Pages (\`npx tsx scripts/bench-pages.ts --scale ${scale}\`), ${new Date().toISOString().slice(0, 10)}`,
      "",
      `${os.cpus().length} cores, Node ${process.version}, demo dataset at scale ${scale} (${total.toLocaleString("en")} partnerships), sequential requests, time to the last byte.`,
      "",
      "| page | requests | median | p95 |",
      "|---|---:|---:|---:|",
      ...rows,
      "",
    ];
});
