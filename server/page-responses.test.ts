import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sharedEngine } from "../lib/data/engine-version";
import { makeNonce } from "../lib/security/headers";
import type { QueryEngine } from "../lib/query/engine";
import { cachedPages } from "./page-responses";

/**
 * The cache in front of a stand-in for Next.js that answers as Next.js does: the proxy's headers
 * with a nonce drawn per request, the page streamed in several writes, Next.js's own
 * Cache-Control; `/missing` is a 404, `/cookie` sets a cookie, `/api/…` is JSON.
 */
let renders: string[] = [];

async function fakeNext(req: IncomingMessage, res: ServerResponse): Promise<void> {
  renders.push(req.url!);
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (req.url!.startsWith("/api/")) {
    res.setHeader("content-type", "application/json");
    res.end('{"ok":true}');
    return;
  }
  const nonce = makeNonce();
  res.setHeader("content-security-policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("link", `</a.css>; rel=preload; nonce="${nonce}"`);
  res.setHeader("cache-control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
  if (req.url === "/cookie") res.setHeader("set-cookie", "a=1");
  res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
  res.flushHeaders();
  const chunk = req.url === "/chunks" ? `<script src="/_next/static/chunks/app.js" async="" nonce="${nonce}"></script>` : "";
  res.write(`<html><head><script nonce="${nonce}"></script>${chunk}</head>`);
  await new Promise((resolve) => setTimeout(resolve, 5));
  res.write(Buffer.from(`<body>${req.url} ${"<p>contenu</p>".repeat(200)}<script nonce="${nonce}">self.__next_f.push([1])</script>`));
  res.end("</body></html>");
}

let server: Server;
let base: string;

beforeAll(async () => {
  const { handle } = cachedPages(fakeNext, { maxEntries: 100, maxBytes: 10_000_000 });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  sharedEngine.__atlasEngine = undefined;
});

beforeEach(() => {
  renders = [];
  // A new dataset version for each test: nothing cached by another test is found.
  sharedEngine.__atlasEngine = Promise.resolve({ version: `v${Math.random()}` } as QueryEngine);
});

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  const body = await response.text();
  const nonce = nonceOf(response);
  return { response, body, nonce, withoutNonce: nonce ? body.replaceAll(nonce, "NONCE") : body };
}

describe("the production server's page cache", () => {
  it("sends a page whose scripts load after its first paint, rendered or cached, with each response's nonce", async () => {
    for (const { body, nonce } of [await get("/chunks"), await get("/chunks", { "accept-encoding": "gzip" })]) {
      expect(body).not.toContain('<script src="/_next/static/chunks/app.js"');
      expect(body).toContain(`<script nonce="${nonce}">(function(s)`);
      expect(body).toContain('["/_next/static/chunks/app.js"]');
    }
    expect(renders).toEqual(["/chunks"]);
  });

  it("renders a page once, then serves it with a new nonce in the body and the headers each time", async () => {
    const first = await get("/?theme=eau");
    const second = await get("/?theme=eau");
    const third = await get("/?theme=eau", { "accept-encoding": "gzip" });
    expect(renders).toEqual(["/?theme=eau"]);
    const nonces = [first.nonce, second.nonce, third.nonce];
    expect(new Set(nonces).size).toBe(3);
    for (const { body, nonce, response } of [first, second, third]) {
      // Split, not a RegExp: a base64 nonce may hold "+".
      expect(body.split(`nonce="${nonce}"`)).toHaveLength(3);
      expect(response.headers.get("link")).toContain(`nonce="${nonce}"`);
    }
    expect(second.withoutNonce).toBe(first.withoutNonce);
    expect(third.withoutNonce).toBe(first.withoutNonce);
    expect(third.response.headers.get("content-encoding")).toBe("gzip");
    expect(first.response.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=600");
    expect(second.response.headers.get("etag")).toBe(first.response.headers.get("etag"));
  });

  it("keys pages by URL and by dataset version", async () => {
    await get("/?theme=eau");
    await get("/?theme=culture");
    const before = (await get("/?theme=eau")).response.headers.get("etag");
    sharedEngine.__atlasEngine = Promise.resolve({ version: "another" } as QueryEngine);
    await get("/?theme=eau");
    const after = (await get("/?theme=eau")).response.headers.get("etag");
    expect(renders).toEqual(["/?theme=eau", "/?theme=culture", "/?theme=eau"]);
    expect(after).not.toBe(before);
  });

  it("answers 304 to a matching If-None-Match, with no CSP that would replace the stored one", async () => {
    const { response } = await get("/pays/SN");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    const revalidated = await fetch(`${base}/pays/SN`, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(revalidated.headers.get("content-security-policy")).toBeNull();
    expect((await fetch(`${base}/pays/SN`, { headers: { "if-none-match": 'W/"other"' } })).status).toBe(200);
  });

  it("keeps no 404 and no page that sets a cookie, and leaves their headers as Next.js set them", async () => {
    for (const path of ["/missing", "/cookie"]) {
      const one = await get(path);
      const two = await get(path);
      expect(one.nonce).not.toBe(two.nonce);
      expect(one.response.headers.get("cache-control")).toContain("no-store");
      expect(one.response.headers.get("etag")).toBeNull();
    }
    expect((await get("/missing")).response.status).toBe(404);
    expect(renders).toEqual(["/missing", "/missing", "/cookie", "/cookie", "/missing"]);
  });

  it("leaves the API and client navigations to Next.js", async () => {
    await get("/api/meta");
    await get("/api/meta");
    await get("/?theme=eau", { rsc: "1" });
    await get("/?theme=eau", { rsc: "1" });
    expect(renders).toEqual(["/api/meta", "/api/meta", "/?theme=eau", "/?theme=eau"]);
  });

  it("renders a page once for requests that come together", async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/comparer")));
    expect(renders).toEqual(["/comparer"]);
    expect(new Set(answers.map((answer) => answer.withoutNonce)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.nonce)).size).toBe(5);
  });

  it("keeps nothing while no dataset is loaded", async () => {
    sharedEngine.__atlasEngine = undefined;
    await get("/donnees");
    await get("/donnees");
    expect(renders).toEqual(["/donnees", "/donnees"]);
  });
});

describe("with the cache off", () => {
  it("renders every page, still shareable, with its ETag, and answers 304 to it", async () => {
    const { handle } = cachedPages(fakeNext, { maxEntries: 0, maxBytes: 0 });
    const off = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => off.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(off.address() as AddressInfo).port}/pays/ML`;
    try {
      const one = await fetch(url);
      const two = await fetch(url);
      expect(renders).toEqual(["/pays/ML", "/pays/ML"]);
      expect(one.headers.get("cache-control")).toBe(two.headers.get("cache-control"));
      expect(one.headers.get("cache-control")).toMatch(/^public/);
      expect(one.headers.get("etag")).toBe(two.headers.get("etag"));
      expect((await fetch(url, { headers: { "if-none-match": one.headers.get("etag")! } })).status).toBe(304);
    } finally {
      off.close();
    }
  });
});
