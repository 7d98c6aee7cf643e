import { writeFileSync } from "node:fs";
import { get } from "node:http";
import { percentile } from "./server";
import { processTree, statusKb } from "./processes";

/**
 * The whole-data downloads at the benchmark's scale: time to the first byte and to the last, and the
 * server's peak memory during each (VmHWM of its processes, reset before each download where the
 * kernel allows it: /proc/<pid>/clear_refs).
 */
export const DOWNLOADS = [
  "/export/donnees/partenariats.csv",
  "/export/donnees/financements.csv",
  "/export/donnees/atlas.xlsx",
  "/export/donnees/atlas.json",
  "/export/liste/partenariats.csv?region=afrique-subsaharienne&sort=-amount",
  "/export/liste/partenariats.xlsx?region=afrique-subsaharienne&sort=-amount",
];

/**
 * Milliseconds to the first byte of the body and to the last, and the bytes sent; throws on a status
 * other than 200. Asks for gzip as browsers do, and reads the bytes as sent: inflating them here
 * would charge the client's work to the server, both sharing the machine's cores.
 */
function timeStream(url: string): Promise<{ firstMs: number; totalMs: number; bytes: number; encoding: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${url}: HTTP ${response.statusCode}`));
        return;
      }
      let firstMs = 0;
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        if (bytes === 0) firstMs = performance.now() - started;
        bytes += chunk.length;
      });
      response.on("end", () => resolve({ firstMs, totalMs: performance.now() - started, bytes, encoding: response.headers["content-encoding"] ?? "none" }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** Resets each process's peak RSS to its current RSS; false where the kernel refuses. */
function resetPeaks(pids: number[]): boolean {
  try {
    for (const pid of pids) writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** Times each download `runs` times, one request at a time; returns the Markdown table of the results. */
export async function benchDownloads(base: string, serverPid: number, runs: number): Promise<string[]> {
  const pids = processTree(serverPid);
  const rows: string[] = [];
  let peaksReset = true;
  for (const path of DOWNLOADS) {
    await timeStream(`${base}${path}`); // first call of each writer: module loading, not the download
    const first: number[] = [];
    const total: number[] = [];
    let bytes = 0;
    let peak = 0;
    let before = 0;
    let encoding = "";
    for (let run = 0; run < runs; run += 1) {
      peaksReset = resetPeaks(pids) && peaksReset;
      before = Math.max(before, ...pids.map((pid) => statusKb(pid, "VmRSS")));
      const timed = await timeStream(`${base}${path}`);
      first.push(timed.firstMs);
      total.push(timed.totalMs);
      bytes = timed.bytes;
      encoding = timed.encoding;
      peak = Math.max(peak, ...pids.map((pid) => statusKb(pid, "VmHWM")));
    }
    rows.push(
      `| \`${path}\` | ${percentile(first, 0.5).toFixed(0)} ms | ${percentile(total, 0.5).toFixed(0)} ms (${Math.min(...total).toFixed(0)}–${Math.max(...total).toFixed(0)}) | ${(bytes / 1024 / 1024).toFixed(1)} MiB | ${encoding} | ${mb(before)} → ${mb(peak)} |`,
    );
  }
  return [
    `Whole-data downloads, median of ${runs} sequential requests (range), peak RSS of the server ${peaksReset ? "during the download (VmHWM reset before each)" : "since its start (VmHWM; the kernel refused to reset it)"}:`,
    "",
    "| download | first byte | last byte | bytes sent | encoding | server RSS before → peak |",
    "|---|---:|---:|---:|---|---:|",
    ...rows,
  ];
}
