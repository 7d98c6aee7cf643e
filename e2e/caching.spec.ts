import { type APIResponse, expect, test } from "@playwright/test";

// Pages and API answers may be kept by a CDN (public, s-maxage) and revalidated with their ETag;
// the server keeps rendered pages and gives each response its own CSP nonce (server/start.ts,
// docs/deploy.md).

const PAGE = "/?theme=education-social-et-recherche&yearFrom=2015";
const API = "/api/aggregate?by=country&yearFrom=2015";

const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

function expectShareable(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(response.status(), path).toBe(200);
  expect(headers.etag, path).toMatch(/^(W\/)?"[0-9a-f]{20}"$/);
  expect(headers["cache-control"], path).toMatch(/(^|, )public(,|$)/);
  expect(headers["cache-control"], path).toMatch(/(^|, )s-maxage=\d+/);
}

test("a page and an API answer carry an ETag and a Cache-Control a CDN may share, and answer 304 to it", async ({ request }) => {
  for (const path of [PAGE, API, "/partenariats", "/pays/SN"]) {
    const response = await request.get(path);
    expectShareable(response, path);
    const etag = response.headers().etag!;
    const revalidated = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(revalidated.status(), `${path} revalidated`).toBe(304);
    expect(revalidated.headers().etag, path).toBe(etag);
    // A 304's headers replace the stored ones: a fresh nonce there would break the stored page.
    if (!path.startsWith("/api/")) expect(revalidated.headers()["content-security-policy"], path).toBeUndefined();
    // Another URL's tag validates nothing here.
    const other = await request.get(path, { headers: { "If-None-Match": '"0123456789abcdef0123"' } });
    expect(other.status(), path).toBe(200);
  }
  const pageTag = (await request.get(PAGE)).headers().etag;
  expect((await request.get("/?theme=education-social-et-recherche&yearFrom=2016")).headers().etag).not.toBe(pageTag);
  expect((await request.get("/api/aggregate?by=theme&yearFrom=2015")).headers().etag).not.toBe((await request.get(API)).headers().etag);
});

test("the same page twice: a new nonce on every script of each, the same page otherwise, gzipped", async ({ request }) => {
  const bodies: string[] = [];
  const nonces: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const response = await request.get(PAGE, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-encoding"]).toBe("gzip");
    const nonce = nonceOf(response)!;
    expect(nonce).toBeTruthy();
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // Next's preload Link header, when it sends one (not on a page rendered while the server was
    // cold), names the nonce too: the response's own.
    for (const match of (response.headers().link ?? "").matchAll(/nonce="([^"]+)"/g)) expect(match[1]).toBe(nonce);
    nonces.push(nonce);
    bodies.push(html.split(nonce).join("NONCE"));
  }
  expect(new Set(nonces).size).toBe(3);
  expect(bodies[1]).toBe(bodies[0]);
  expect(bodies[2]).toBe(bodies[0]);
});

test("error pages and health checks are never shared", async ({ request }) => {
  for (const path of ["/cette-page-n-existe-pas", "/partenariats/n-existe-pas", "/api/health", "/api/partnerships/n-existe-pas"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
    expect(response.headers().etag, path).toBeUndefined();
  }
});

test("a page served from the cache runs in the browser under its CSP", async ({ page, request }) => {
  // Rendered once here: the browser's visit is then answered from the cache.
  expect((await request.get("/?country=SN")).status()).toBe(200);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/?country=SN");
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  // The map and its countries are drawn by the page's scripts, which run only with the right nonce.
  await expect(page.locator(".leaflet-container path.country-SN")).toBeVisible();
  expect(violations).toEqual([]);
});
