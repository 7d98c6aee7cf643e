import { type GzipSegments, compressSegments, gzipWithNonce, joinWithNonce, splitOnNonce } from "./gzip-segments";

/**
 * The server's cache of rendered pages (server/page-responses.ts uses it). A page is a function of
 * the build, the dataset and its URL, except for its CSP nonce, drawn per response: an entry keeps
 * the page cut at its nonce, and each response puts a fresh nonce back, in the body and in the
 * headers (the CSP, Next's Link preloads). Pure: no server, no Next.js.
 */

/**
 * Pages may be kept by shared caches (a CDN) for a minute and served stale for ten more while they
 * revalidate; browsers revalidate on every use (max-age=0), a 304 when nothing changed. See
 * docs/deploy.md for what sharing a page means for its nonce.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";

/** The request headers of Next.js's client navigations and prefetches: their answers are not the HTML page. */
const NAVIGATION_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"];
/** The request headers a page's Vary may name: the navigations' (absent from a cacheable request) and the coding. */
const KNOWN_VARY = new Set([...NAVIGATION_HEADERS, "accept-encoding"]);
/** Headers of the response as Next sent it that describe that one transfer, not the page. */
const TRANSFER_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "content-encoding", "etag", "cache-control"]);

type HeaderLookup = (name: string) => string | string[] | undefined;

/** Whether a request may be answered from the cache (and its answer kept): a plain GET or HEAD of a page's HTML. */
export function isCacheableRequest(method: string | undefined, pathAndQuery: string, header: HeaderLookup): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (NAVIGATION_HEADERS.some((name) => header(name) !== undefined)) return false;
  // The cache-busting parameter of the navigations' requests.
  return !/[?&]_rsc=/.test(pathAndQuery);
}

/** A page as Next.js answered it, read whole. */
export interface CapturedPage {
  status: number;
  /** Header names in lower case. */
  headers: [string, string][];
  body: Buffer;
}

export interface PageEntry {
  readonly etag: string;
  /** The headers to send (transfer headers left out), each value cut at the nonce it was rendered with. */
  readonly headers: readonly (readonly [string, string[]])[];
  readonly segments: GzipSegments;
  readonly bytes: number;
}

const headerValue = (page: CapturedPage, name: string): string | undefined => page.headers.find(([key]) => key === name)?.[1];

/** The nonce a page was rendered with, from its Content-Security-Policy. */
export const nonceOf = (csp: string | undefined): string | undefined => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

/**
 * Why a page may not be kept and shared, or null when it may: only a complete 200 HTML page with
 * a nonce, that sets no cookie, varies on no other request header, and did not fail part-way
 * (React streams a failed part as an error boundary with a digest, after the 200 status is sent).
 */
export function unshareableReason(page: CapturedPage, maxBytes: number): string | null {
  if (page.status !== 200) return `status ${page.status}`;
  if (!headerValue(page, "content-type")?.startsWith("text/html")) return "not HTML";
  if (headerValue(page, "set-cookie") !== undefined) return "sets a cookie";
  if (headerValue(page, "content-encoding") !== undefined) return "already encoded";
  if (!nonceOf(headerValue(page, "content-security-policy"))) return "no nonce";
  const vary = (headerValue(page, "vary") ?? "").split(",").map((name) => name.trim().toLowerCase());
  if (vary.some((name) => name !== "" && !KNOWN_VARY.has(name))) return "varies on another header";
  if (page.body.byteLength > maxBytes) return "too large";
  if (page.body.includes("data-dgst=") || page.body.includes("$RX(")) return "rendered with an error";
  return null;
}

/** The entry of a page that `unshareableReason` accepted. */
export function pageEntry(page: CapturedPage, etag: string): PageEntry {
  const nonce = nonceOf(headerValue(page, "content-security-policy"))!;
  const segments = compressSegments(splitOnNonce(page.body, nonce), nonce.length);
  const headers = page.headers.filter(([name]) => !TRANSFER_HEADERS.has(name)).map(([name, value]) => [name, value.split(nonce)] as const);
  const headerBytes = headers.reduce((sum, [name, parts]) => sum + name.length + parts.join("").length, 0);
  return { etag, headers, segments, bytes: segments.bytes + headerBytes };
}

/** A response of an entry with its own nonce: headers (ETag and Cache-Control included) and body, gzipped or not. */
export function pageResponse(entry: PageEntry, nonce: string, gzip: boolean): { headers: [string, string][]; body: Buffer } {
  const body = gzip ? gzipWithNonce(entry.segments, nonce) : joinWithNonce(entry.segments.raw, nonce);
  const headers: [string, string][] = entry.headers.map(([name, parts]) => [name, parts.join(nonce)]);
  headers.push(["etag", entry.etag], ["cache-control", PAGE_CACHE_CONTROL], ["content-length", String(body.byteLength)]);
  if (gzip) headers.push(["content-encoding", "gzip"]);
  return { headers, body };
}

/** Whether an Accept-Encoding header admits gzip (q above 0, by name or by `*`). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return accepts(acceptEncoding, ["gzip", "x-gzip"]);
}

/** Whether an Accept-Encoding takes brotli (`br`), by the same rules as acceptsGzip. */
export function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  return accepts(acceptEncoding, ["br"]);
}

function accepts(acceptEncoding: string | undefined, codings: string[]): boolean {
  if (!acceptEncoding) return false;
  let star: boolean | undefined;
  for (const item of acceptEncoding.toLowerCase().split(",")) {
    const [coding, ...params] = item.trim().split(";");
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    const allowed = q === undefined || Number(q) > 0;
    if (codings.includes(coding ?? "")) return allowed;
    if (coding === "*") star = allowed;
  }
  return star ?? false;
}

/**
 * Least-recently-used pages, bounded by count and by bytes (raw and compressed pieces, headers).
 * Keys name the dataset version and the URL (path and query as sent: a page's parameters may be
 * repeated and ordered, as the presentation's views are).
 */
export class PageCache {
  private readonly entries = new Map<string, PageEntry>();
  private heldBytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  static key(datasetVersion: string, pathAndQuery: string): string {
    return `${datasetVersion} ${pathAndQuery}`;
  }

  get(key: string): PageEntry | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry as the most recent.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps an entry, dropping the least recently used past either bound; one larger than all the room is not kept. */
  set(key: string, entry: PageEntry): void {
    this.delete(key);
    if (entry.bytes > this.maxBytes || this.maxEntries < 1) return;
    this.entries.set(key, entry);
    this.heldBytes += entry.bytes;
    while (this.entries.size > this.maxEntries || this.heldBytes > this.maxBytes) this.delete(this.entries.keys().next().value!);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.heldBytes;
  }
}
