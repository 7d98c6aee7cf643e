import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { datasetVersion, loadedDatasetVersion } from "../lib/data/engine-version";
import { buildId, etagMatches, weakEtag } from "../lib/http-cache/etag";
import {
  type CapturedPage,
  PAGE_CACHE_CONTROL,
  PageCache,
  type PageEntry,
  acceptsGzip,
  isCacheableRequest,
  nonceOf,
  pageEntry,
  pageResponse,
  unshareableReason,
} from "../lib/http-cache/page-cache";
import { inlineBoundaries } from "../lib/http-cache/inline-boundaries";
import { scriptsAfterPaint } from "../lib/http-cache/scripts-after-paint";
import { makeNonce, responseKind } from "../lib/security/headers";

/**
 * Pages through the server's cache (lib/http-cache/page-cache.ts), in front of Next.js's request
 * handler. A page request is answered, in order:
 * - 304 when its If-None-Match names the page's ETag (a hash of the build, the dataset version and
 *   the URL: known without rendering);
 * - from the cache, with a fresh nonce;
 * - else Next.js renders it, into a buffer rather than to the client: once it is whole, its
 *   Suspense boundaries are put in place (lib/http-cache/inline-boundaries.ts) and its scripts set
 *   to load after its first paint (lib/http-cache/scripts-after-paint.ts), it is kept
 *   when it may be shared, and sent (gzipped when the client takes gzip). The page's shell is not
 *   streamed ahead of the rest: the first byte waits for the last (about 40 ms for the
 *   dashboard), the price of deciding from the whole page whether it may be kept and marked public.
 * Requests for the same page that come while it renders wait for that render instead of starting
 * their own. Everything else (the API, exports, assets, client navigations) goes to Next.js as is.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface PageCacheOptions {
  maxEntries: number;
  maxBytes: number;
  /** Largest page kept and marked shareable (default 8 MB; the largest, an embedded map, is about 1 MB). */
  maxPageBytes?: number;
}

/** The Vary of a 304 (RFC 9110: a 304 repeats the Vary the 200 would have had). */
const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

export function cachedPages(next: Handler, options: PageCacheOptions): { handle: Handler; cache: PageCache } {
  const cache = new PageCache(options.maxEntries, options.maxBytes);
  const maxPageBytes = options.maxPageBytes ?? 8 * 1024 * 1024;
  const rendering = new Map<string, Promise<void>>();

  const handle: Handler = async (req, res) => {
    const url = req.url ?? "/";
    const pathname = url.split("?", 1)[0]!;
    // With no room (maxEntries 0), pages are still rendered whole and sent with their ETag and
    // Cache-Control, and still answer 304: only the keeping is off.
    if (responseKind(pathname) !== "page" || !isCacheableRequest(req.method, url, (name) => req.headers[name])) {
      return next(req, res);
    }
    // Known at once after the first load; awaited while the engine loads (a page would wait too).
    const version = loadedDatasetVersion() ?? (await datasetVersion());
    if (version !== undefined) {
      const etag = weakEtag(buildId(), version, url);
      if (etagMatches(req.headers["if-none-match"], etag)) {
        // No CSP here: a 304 updates the stored response's headers, and a new nonce there would
        // no longer match the stored page's scripts.
        res.writeHead(304, { ETag: etag, "Cache-Control": PAGE_CACHE_CONTROL, Vary: PAGE_VARY });
        res.end();
        return;
      }
      const key = PageCache.key(version, url);
      const entry = cache.get(key);
      if (entry !== undefined) return send(req, res, entry, makeNonce());
      const pending = rendering.get(key);
      if (pending !== undefined) {
        // A render that failed answered its own request with the error; this one tries again below.
        await pending.catch(() => undefined);
        const rendered = cache.get(key);
        if (rendered !== undefined) return send(req, res, rendered, makeNonce());
        return next(req, res);
      }
    }
    // HEAD has no body to keep.
    if (req.method !== "GET") return next(req, res);
    const gzip = acceptsGzip(req.headers["accept-encoding"] as string | undefined);
    // Next.js would compress what it writes: the buffer must hold the page itself.
    delete req.headers["accept-encoding"];
    const render = (async () => {
      const captured = await capture(next, req, res);
      if (captured === null) return;
      const page = finished(captured);
      // The page loaded the dataset if it needed it: its version is known now, or it has none.
      const renderedVersion = await datasetVersion();
      if (renderedVersion !== undefined && unshareableReason(page, maxPageBytes) === null) {
        const entry = pageEntry(page, weakEtag(buildId(), renderedVersion, url));
        cache.set(PageCache.key(renderedVersion, url), entry);
        const { headers, body } = pageResponse(entry, nonceOf(headerOf(page, "content-security-policy"))!, gzip);
        writeWhole(res, 200, headers, body);
      } else {
        const headers = page.headers.filter(([name]) => name !== "content-length" && name !== "transfer-encoding");
        let body = page.body;
        if (gzip && page.body.byteLength > 1024 && /^(text\/|application\/json)/.test(headerOf(page, "content-type") ?? "")) {
          body = gzipSync(page.body, { level: 6 });
          headers.push(["content-encoding", "gzip"]);
          if (!/accept-encoding/i.test(headerOf(page, "vary") ?? "")) headers.push(["vary", "Accept-Encoding"]);
        }
        headers.push(["content-length", String(body.byteLength)]);
        writeWhole(res, page.status, headers, body);
      }
    })();
    const key = version === undefined ? undefined : PageCache.key(version, url);
    if (key !== undefined) rendering.set(key, render);
    try {
      await render;
    } finally {
      if (key !== undefined) rendering.delete(key);
    }
  };
  return { handle, cache };
}

const headerOf = (page: CapturedPage, name: string) => page.headers.find(([key]) => key === name)?.[1];

/**
 * An HTML page as it is sent: its Suspense boundaries in place (lib/http-cache/inline-boundaries.ts)
 * and its scripts loaded after its first paint (lib/http-cache/scripts-after-paint.ts).
 */
function finished(page: CapturedPage): CapturedPage {
  if (!headerOf(page, "content-type")?.startsWith("text/html") || headerOf(page, "content-encoding") !== undefined) return page;
  const html = page.body.toString("utf8");
  const rewritten = scriptsAfterPaint(inlineBoundaries(html));
  return rewritten === html ? page : { ...page, body: Buffer.from(rewritten, "utf8") };
}

function send(req: IncomingMessage, res: ServerResponse, entry: PageEntry, nonce: string): void {
  const { headers, body } = pageResponse(entry, nonce, acceptsGzip(req.headers["accept-encoding"] as string | undefined));
  if (req.method === "HEAD") {
    res.writeHead(200, headers.flat());
    res.end();
    return;
  }
  writeWhole(res, 200, headers, body);
}

function writeWhole(res: ServerResponse, status: number, headers: [string, string][], body: Buffer): void {
  if (res.destroyed) return;
  // A flat list keeps repeated headers (several Set-Cookie, Link) as Next.js sent them.
  res.writeHead(status, headers.flat());
  res.end(body);
}

/**
 * Runs Next.js's handler with `res` held back: what it writes is gathered instead of sent, and
 * given back once it ends; `res` is then as new, for the caller to answer with. Null when the
 * client went away first (nothing is left to answer).
 */
function capture(next: Handler, req: IncomingMessage, res: ServerResponse): Promise<CapturedPage | null> {
  const chunks: Buffer[] = [];
  let whole = false;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const restore = () => Object.assign(res, original);
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | undefined => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return undefined;
    if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    return Buffer.from(chunk as Uint8Array);
  };
  return new Promise<CapturedPage | null>((resolve, reject) => {
    res.once("close", () => resolve(null));
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      res.statusCode = status;
      const headers = rest.find((item) => typeof item === "object" && item !== null) as OutgoingHttpHeaders | string[] | undefined;
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) res.appendHeader(headers[i]!, headers[i + 1]!);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      }
      return res;
    }) as typeof res.writeHead;
    res.flushHeaders = () => {};
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      const bytes = toBuffer(chunk, encoding);
      if (bytes) chunks.push(bytes);
      const done = [encoding, callback].find((item) => typeof item === "function") as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      const bytes = toBuffer(chunk, encoding);
      if (bytes) chunks.push(bytes);
      restore();
      const headers: [string, string][] = [];
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined) continue;
        for (const one of Array.isArray(value) ? value : [value]) headers.push([name.toLowerCase(), String(one)]);
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      whole = true;
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
      const done = [chunk, encoding, callback].find((item) => typeof item === "function") as (() => void) | undefined;
      // Next.js waits for 'finish' after its end(): the caller's end() brings it.
      if (done) res.once("finish", done);
      return res;
    }) as typeof res.end;
    next(req, res).catch((error: unknown) => {
      restore();
      // Once the page is whole, the caller answers with it: a later failure of Next.js is only logged.
      if (whole) console.error(`atlas: Next.js failed after answering ${req.url}:`, error);
      else reject(error);
    });
  });
}
