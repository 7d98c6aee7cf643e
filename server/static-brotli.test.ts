import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { precompressBuild, staticBrotli } from "./static-brotli";

const SCRIPT = `console.log(${JSON.stringify("partenariat ".repeat(500))});`;
let base = "";
let close = () => {};
let warmed = 0;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), "atlas-brotli-"));
  mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
  writeFileSync(path.join(dist, "static/chunks/app.js"), SCRIPT);
  writeFileSync(path.join(dist, "static/chunks/page.css"), ".tile{color:red}".repeat(200));
  writeFileSync(path.join(dist, "secret.js"), "nope");
  const brotli = staticBrotli(dist);
  warmed = await brotli.warm();
  // What Next would answer: a marker, to tell the requests passed on.
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void brotli.serve(req, res).then((served) => {
      if (!served) res.end("next");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const get = (url: string, encoding: string) => fetch(`${base}${url}`, { headers: { "accept-encoding": encoding } });

describe("brotli for the build's scripts and stylesheets", () => {
  it("compresses them all ahead", () => expect(warmed).toBe(2));

  it("sends a script brotli-compressed to a client that takes it, immutable, with Next's security headers", async () => {
    const response = await fetch(`${base}/_next/static/chunks/app.js`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("content-type")).toBe("application/javascript; charset=UTF-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    // fetch decodes brotli itself: the text is the file's.
    expect(await response.text()).toBe(SCRIPT);
  });

  it("is much smaller than the file", async () => {
    const response = await fetch(`${base}/_next/static/chunks/page.css`, { headers: { "accept-encoding": "br" } });
    const length = Number(response.headers.get("content-length"));
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThan(200);
    expect(response.headers.get("content-type")).toBe("text/css; charset=UTF-8");
  });

  it("passes on clients without brotli, brotli refused by q=0, other paths, missing files and climbs out", async () => {
    for (const [url, encoding] of [
      ["/_next/static/chunks/app.js", "gzip"],
      ["/_next/static/chunks/app.js", "br;q=0, gzip"],
      ["/_next/static/chunks/app.js.map", "br"],
      ["/_next/static/chunks/missing.js", "br"],
      ["/_next/static/../secret.js", "br"],
      ["/_next/static/chunks/%2e%2e/%2e%2e/secret.js", "br"],
      ["/api/dashboard", "br"],
    ] as const) {
      expect(await (await get(url, encoding)).text(), `${url} (${encoding})`).toBe("next");
    }
  });

});

/** The text of chunks/app.js as a brotli-taking client gets it from a server over `dist`. */
function appScriptAsSent(dist: string): Promise<string> {
  const brotli = staticBrotli(dist);
  return new Promise<string>((resolve) => {
    const server = createServer((req, res) => void brotli.serve(req, res));
    server.listen(0, "127.0.0.1", async () => {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/_next/static/chunks/app.js`, { headers: { "accept-encoding": "br" } });
      resolve(await response.text());
      server.close();
    });
  });
}

describe("brotli copies written at build time", () => {
  it("are written beside each script and stylesheet, and served as they are rather than compressed again", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "atlas-brotli-build-"));
    mkdirSync(path.join(dist, "static/chunks/nested"), { recursive: true });
    writeFileSync(path.join(dist, "static/chunks/app.js"), SCRIPT);
    writeFileSync(path.join(dist, "static/chunks/nested/page.css"), ".tile{color:red}".repeat(200));
    const totals = await precompressBuild(dist);
    expect(totals.files).toBe(2);
    expect(totals.brotliBytes).toBeLessThan(totals.rawBytes / 10);
    expect(brotliDecompressSync(readFileSync(path.join(dist, "static/chunks/app.js.br"))).toString()).toBe(SCRIPT);
    // A copy that says something else shows it is the copy that is sent.
    writeFileSync(path.join(dist, "static/chunks/app.js.br"), brotliCompressSync(Buffer.from("copy")));
    const sent = await appScriptAsSent(dist);
    expect(sent).toBe("copy");
  });

  it("are not used once older than their file (a file rewritten in place): the file is compressed anew", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "atlas-brotli-stale-"));
    mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
    const file = path.join(dist, "static/chunks/app.js");
    writeFileSync(file, SCRIPT);
    writeFileSync(`${file}.br`, brotliCompressSync(Buffer.from("stale copy")));
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const sent = await appScriptAsSent(dist);
    expect(sent).toBe(SCRIPT);
  });
});
