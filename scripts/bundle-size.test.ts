import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { STATS_FILE, checkBudget, firstLoadJs } from "./bundle-size";

// A build's stats and chunks in miniature: `/` loads a large chunk and a small
// one, `/other` only the small one.
const root = mkdtempSync(path.join(tmpdir(), "bundle-size-"));
// Pseudo-random bytes (a linear congruential sequence): they do not compress.
const large = Buffer.from(Array.from({ length: 4000 }, (_, i) => Math.floor(((i * 1103515245 + 12345) % 2147483648) / 8388608)));
const small = Buffer.from("console.log('a');".repeat(50));
mkdirSync(path.join(root, ".next/static/chunks"), { recursive: true });
mkdirSync(path.join(root, path.dirname(STATS_FILE)), { recursive: true });
writeFileSync(path.join(root, ".next/static/chunks/small.js"), small);
writeFileSync(path.join(root, ".next/static/chunks/large.js"), large);
writeFileSync(
  path.join(root, STATS_FILE),
  JSON.stringify([
    { route: "/other", firstLoadUncompressedJsBytes: small.length, firstLoadChunkPaths: [".next/static/chunks/small.js"] },
    { route: "/", firstLoadUncompressedJsBytes: small.length + large.length, firstLoadChunkPaths: [".next/static/chunks/small.js", ".next/static/chunks/large.js"] },
  ]),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const gz = (content: Buffer) => gzipSync(content, { level: 9 }).length;

describe("firstLoadJs", () => {
  it("sums the route's chunks raw and gzipped, largest first", () => {
    const measure = firstLoadJs(root, "/");
    expect(measure.raw).toBe(small.length + large.length);
    expect(measure.gzip).toBe(gz(small) + gz(large));
    expect(measure.chunks.map((chunk) => chunk.path)).toEqual([".next/static/chunks/large.js", ".next/static/chunks/small.js"]);
    expect(measure.chunks[0]).toEqual({ path: ".next/static/chunks/large.js", raw: large.length, gzip: gz(large) });
  });

  it("measures the route asked for, and names the file when the route is missing", () => {
    expect(firstLoadJs(root, "/other").gzip).toBe(gz(small));
    expect(() => firstLoadJs(root, "/absent")).toThrow(/no entry for "\/absent" in .*route-bundle-stats\.json/);
  });
});

describe("checkBudget", () => {
  const measure = firstLoadJs(root, "/");

  it("passes at or under the budget", () => {
    expect(checkBudget(measure, measure.gzip)).toEqual({ ok: true, lines: [expect.stringContaining("within budget")] });
  });

  it("fails over it, naming the size, the budget and the largest chunks", () => {
    const { ok, lines } = checkBudget(measure, 100, 1);
    expect(ok).toBe(false);
    expect(lines[0]).toContain(`${(measure.gzip / 1024).toFixed(1)} KB gzip`);
    expect(lines[0]).toContain("budget 0.1 KB gzip: OVER BUDGET");
    expect(lines.join("\n")).toContain("large.js");
    expect(lines.join("\n")).not.toContain("small.js");
  });
});
