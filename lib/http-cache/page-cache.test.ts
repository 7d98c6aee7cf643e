import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type CapturedPage, PAGE_CACHE_CONTROL, PageCache, acceptsGzip, isCacheableRequest, pageEntry, pageResponse, unshareableReason } from "./page-cache";

const NONCE = "c2VydmVkLWJ5LW5leHQtanM=";

/** A page as Next.js renders it: the nonce in its CSP, its Link header and on each script. */
function page(overrides: Partial<CapturedPage> = {}, text = "Dashboard"): CapturedPage {
  const body = `<!DOCTYPE html><html><head><script nonce="${NONCE}" src="/a.js"></script></head><body>${text}<script nonce="${NONCE}">self.__next_f.push([1,"x"])</script></body></html>`;
  return {
    status: 200,
    headers: [
      ["content-type", "text/html; charset=utf-8"],
      ["content-security-policy", `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`],
      ["link", `</a.css>; rel=preload; as="style"; nonce="${NONCE}"`],
      ["vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding"],
      ["cache-control", "private, no-cache, no-store, max-age=0, must-revalidate"],
      ["x-frame-options", "SAMEORIGIN"],
    ],
    body: Buffer.from(body),
    ...overrides,
  };
}

const header = (headers: [string, string][], name: string) => headers.find(([key]) => key === name)?.[1];

describe("pages kept and served with a fresh nonce", () => {
  it("replaces the nonce in the body and in every header, on each response", () => {
    const entry = pageEntry(page(), 'W/"tag"');
    const one = pageResponse(entry, "Zmlyc3QtcmVzcG9uc2UtMDE=", false);
    const two = pageResponse(entry, "c2Vjb25kLXJlc3BvbnNlLTI=", false);
    for (const [response, nonce] of [[one, "Zmlyc3QtcmVzcG9uc2UtMDE="], [two, "c2Vjb25kLXJlc3BvbnNlLTI="]] as const) {
      const text = response.body.toString();
      expect(text).not.toContain(NONCE);
      expect(text.match(new RegExp(`nonce="${nonce}"`, "g"))).toHaveLength(2);
      expect(header(response.headers, "content-security-policy")).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      expect(header(response.headers, "link")).toContain(`nonce="${nonce}"`);
      expect(header(response.headers, "content-length")).toBe(String(response.body.byteLength));
    }
    expect(one.body.toString().replaceAll("Zmlyc3QtcmVzcG9uc2UtMDE=", "N")).toBe(two.body.toString().replaceAll("c2Vjb25kLXJlc3BvbnNlLTI=", "N"));
  });

  it("marks the page shareable with its ETag, in place of Next.js's private Cache-Control", () => {
    const { headers } = pageResponse(pageEntry(page(), 'W/"tag"'), "bm9uY2U=", false);
    expect(header(headers, "etag")).toBe('W/"tag"');
    expect(headers.filter(([name]) => name === "cache-control")).toEqual([["cache-control", PAGE_CACHE_CONTROL]]);
    expect(PAGE_CACHE_CONTROL).toMatch(/^public, .*s-maxage=\d+/);
    expect(header(headers, "x-frame-options")).toBe("SAMEORIGIN");
  });

  it("gzips the page with the response's nonce spliced in, which any gzip reader inflates", () => {
    // As a dashboard page: about one nonce every 1.5 KB.
    const long = Array.from({ length: 60 }, (_, i) => `${`<p>Partenariat ${i % 17}</p>`.repeat(80)}<script nonce="${NONCE}"></script>`).join("");
    const entry = pageEntry(page({}, long), 'W/"tag"');
    const plain = pageResponse(entry, "bm91dmVhdS1ub25jZS0wMDE=", false);
    const gzipped = pageResponse(entry, "bm91dmVhdS1ub25jZS0wMDE=", true);
    expect(header(gzipped.headers, "content-encoding")).toBe("gzip");
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    expect(gzipped.body.byteLength).toBeLessThan(plain.body.byteLength / 5);
    const other = pageResponse(entry, "YW5vdGhlci1ub25jZS0wMDI=", true);
    expect(gunzipSync(other.body).toString()).toBe(plain.body.toString().replaceAll("bm91dmVhdS1ub25jZS0wMDE=", "YW5vdGhlci1ub25jZS0wMDI="));
  });
});

describe("what may be kept", () => {
  it("keeps a whole 200 HTML page", () => {
    expect(unshareableReason(page(), 1e6)).toBeNull();
  });

  it("keeps no error page, no page that sets a cookie, and none that failed part-way", () => {
    expect(unshareableReason(page({ status: 404 }), 1e6)).toBe("status 404");
    expect(unshareableReason(page({ status: 500 }), 1e6)).toBe("status 500");
    expect(unshareableReason(page({ headers: [...page().headers, ["set-cookie", "session=1"]] }), 1e6)).toBe("sets a cookie");
    expect(unshareableReason(page({}, '<template data-dgst="1234"></template>'), 1e6)).toBe("rendered with an error");
    expect(unshareableReason(page({}, '<script>$RX("B:0","1234")</script>'), 1e6)).toBe("rendered with an error");
  });

  it("keeps nothing but HTML with a nonce, varying on no other header, within the size limit", () => {
    const without = (name: string) => page({ headers: page().headers.filter(([key]) => key !== name) });
    expect(unshareableReason(without("content-security-policy"), 1e6)).toBe("no nonce");
    expect(unshareableReason(page({ headers: [["content-type", "application/json"]] }), 1e6)).toBe("not HTML");
    expect(unshareableReason(page({ headers: [...without("vary").headers, ["vary", "Accept-Language"]] }), 1e6)).toBe("varies on another header");
    expect(unshareableReason(page(), 10)).toBe("too large");
  });

  it("serves from the cache only plain GET and HEAD requests of a page", () => {
    const none = () => undefined;
    expect(isCacheableRequest("GET", "/?theme=eau", none)).toBe(true);
    expect(isCacheableRequest("HEAD", "/pays/SN", none)).toBe(true);
    expect(isCacheableRequest("POST", "/", none)).toBe(false);
    expect(isCacheableRequest("GET", "/", (name) => (name === "rsc" ? "1" : undefined))).toBe(false);
    expect(isCacheableRequest("GET", "/?_rsc=abc", none)).toBe(false);
  });

  it("reads Accept-Encoding", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("PageCache", () => {
  const entry = (text: string) => pageEntry(page({}, text), 'W/"x"');

  it("keys pages by dataset version and URL as sent", () => {
    const cache = new PageCache(10, 1e7);
    cache.set(PageCache.key("v1", "/?theme=eau"), entry("v1"));
    expect(cache.get(PageCache.key("v1", "/?theme=eau"))).toBeDefined();
    expect(cache.get(PageCache.key("v2", "/?theme=eau"))).toBeUndefined();
    expect(cache.get(PageCache.key("v1", "/?theme=culture"))).toBeUndefined();
    // The order of a page's parameters may matter (the presentation's views): not normalised.
    expect(PageCache.key("v1", "/presentation?v=a&v=b")).not.toBe(PageCache.key("v1", "/presentation?v=b&v=a"));
  });

  it("drops the least recently used pages past its number of entries", () => {
    const cache = new PageCache(2, 1e7);
    cache.set("a", entry("a"));
    cache.set("b", entry("b"));
    expect(cache.get("a")).toBeDefined();
    cache.set("c", entry("c"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it("drops the least recently used pages past its size in bytes, and keeps none larger than all of it", () => {
    const one = entry("x".repeat(2000));
    const cache = new PageCache(100, one.bytes * 2.5);
    cache.set("a", one);
    cache.set("b", entry("y".repeat(2000)));
    cache.set("c", entry("z".repeat(2000)));
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(one.bytes * 2.5);
    cache.set("huge", entry("w".repeat(20_000)));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it("counts an entry once when it is replaced", () => {
    const cache = new PageCache(10, 1e7);
    cache.set("a", entry("a"));
    const bytes = cache.bytes;
    cache.set("a", entry("a"));
    expect(cache.bytes).toBe(bytes);
  });
});
