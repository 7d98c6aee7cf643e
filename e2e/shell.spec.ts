import { readdirSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";

/**
 * The page shell as a phone on a slow network meets it (issue 15): every static asset cached for
 * good when its URL names its content, the others revalidated cheaply, HTML and JSON compressed,
 * the fonts the first screen draws preloaded and only those, and the DSFR's stylesheet only the
 * components the site draws.
 */

const IMMUTABLE = "public, max-age=31536000, immutable";
const ACCEPT = { "Accept-Encoding": "gzip, br" };

/** The /_next/static/ URLs a page's HTML names: stylesheets, scripts, preloaded fonts, favicons. */
async function staticAssetsOf(request: APIRequestContext, pagePath: string): Promise<string[]> {
  const html = await (await request.get(pagePath)).text();
  return [...new Set(Array.from(html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+)"/g), (match) => match[1]!))];
}

test("every asset of Next's build a page names, and the fonts and icons its stylesheets load, are immutable", async ({ request }) => {
  const assets = await staticAssetsOf(request, "/");
  const kinds = (pattern: RegExp) => assets.filter((url) => pattern.test(url)).length;
  expect(kinds(/\.css$/)).toBeGreaterThan(0);
  expect(kinds(/\.js$/)).toBeGreaterThan(0);
  expect(kinds(/\.woff2$/)).toBeGreaterThan(0);
  expect(kinds(/favicon/)).toBeGreaterThan(0);
  const fromStylesheets: string[] = [];
  for (const url of assets) {
    const response = await request.get(url, { headers: ACCEPT });
    expect(response.status(), url).toBe(200);
    expect(response.headers()["cache-control"], url).toBe(IMMUTABLE);
    if (url.endsWith(".css")) {
      for (const match of (await response.text()).matchAll(/url\(([^)]+)\)/g)) {
        const target = new URL(match[1]!.replace(/["']/g, ""), `http://host${url}`);
        if (target.protocol === "http:") fromStylesheets.push(target.pathname);
      }
    }
  }
  const fonts = fromStylesheets.filter((url) => url.endsWith(".woff2"));
  const icons = fromStylesheets.filter((url) => url.endsWith(".svg"));
  expect(fonts.length).toBeGreaterThan(0);
  expect(icons.length).toBeGreaterThan(0);
  for (const url of [...new Set(fonts)].slice(0, 10).concat([...new Set(icons)].slice(0, 10))) {
    expect((await request.get(url)).headers()["cache-control"], url).toBe(IMMUTABLE);
  }
});

/** Every file of public/, as the URL Next serves it at. */
function publicFiles(dir = "public", prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? publicFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

test("a file of public/ is immutable when its name holds a content hash, else revalidated with its ETag", async ({ request }) => {
  const files = publicFiles();
  expect(files.some((url) => url.startsWith("/geo/"))).toBe(true);
  for (const url of files) {
    const response = await request.get(url, { headers: ACCEPT });
    expect(response.status(), url).toBe(200);
    const cacheControl = response.headers()["cache-control"] ?? "";
    if (/[.-][0-9a-f]{8,}\.[^/]*$/.test(url)) {
      expect(cacheControl, url).toBe(IMMUTABLE);
      continue;
    }
    const maxAge = Number(/(?:^|, )max-age=(\d+)/.exec(cacheControl)?.[1]);
    expect(maxAge, `${url}: ${cacheControl}`).toBeGreaterThan(0);
    expect(maxAge, `${url}: ${cacheControl}`).toBeLessThanOrEqual(86_400);
    expect(cacheControl, url).toMatch(/(^|, )stale-while-revalidate=\d+/);
    const etag = response.headers().etag;
    expect(etag, url).toBeTruthy();
    expect((await request.get(url, { headers: { "If-None-Match": etag! } })).status(), url).toBe(304);
  }
  // A file that is not there is not kept by anyone.
  const missing = await request.get("/geo/pas-de-fichier.0123456789.json");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toMatch(/no-store/);
});

test("pages, JSON answers and the build's text assets are compressed for a client that takes gzip or brotli", async ({ request }) => {
  const urls = ["/", "/partenariats/15909", "/api/dashboard", "/api/aggregate?by=country"];
  urls.push(...(await staticAssetsOf(request, "/")).filter((url) => /\.(css|js)$/.test(url)));
  let compressed = 0;
  for (const url of urls) {
    const response = await request.get(url, { headers: ACCEPT });
    expect(response.status(), url).toBe(200);
    // Next leaves a response under 1 KB as it is (the compression package's threshold): nothing to gain.
    if ((await response.body()).length < 1024) continue;
    expect(response.headers()["content-encoding"] ?? "none", url).toMatch(/^(gzip|br)$/);
    expect(response.headers().vary ?? "", url).toMatch(/accept-encoding/i);
    compressed += 1;
  }
  expect(compressed).toBeGreaterThan(5);
  // And sent as is to one that takes neither.
  const plain = await request.get("/api/dashboard", { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
});

test("the stylesheets hold the DSFR's core and the components the site draws, not the whole dsfr.min.css", async ({ request }) => {
  let css = "";
  for (const url of (await staticAssetsOf(request, "/")).filter((u) => u.endsWith(".css"))) css += await (await request.get(url)).text();
  for (const drawn of [".fr-header__body", ".fr-btn", ".fr-table", ".fr-footer__body", ".fr-segmented__elements", ":root[data-fr-theme=dark]"]) {
    expect(css.includes(drawn), drawn).toBe(true);
  }
  // Components no page draws (cards, the side menu, tabs): their screen rules stay out.
  for (const left of [".fr-card__title", ".fr-sidemenu__list", ".fr-tabs__list"]) expect(css.includes(left), left).toBe(false);
});

/** The font files the first screen's text is drawn with, and the ones the page preloads. */
async function firstScreenFonts(page: Page): Promise<{ drawn: string[]; preloaded: string[] }> {
  return page.evaluate(() => {
    const faces: { family: string; weight: string; style: string; url: string; range: Array<[number, number]> }[] = [];
    // Marianne's faces are split by unicode-range (lib/fonts/latin-subset.ts): a text is drawn with the one whose range holds its characters.
    const rangeOf = (text: string): Array<[number, number]> =>
      text
        ? text.split(",").map((part) => {
            const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
            return [Number.parseInt(from!, 16), Number.parseInt(to ?? from!, 16)] as [number, number];
          })
        : [[0, 0x10ffff]];
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const src = /url\(["']?([^"')]+\.woff2)/.exec(rule.style.getPropertyValue("src"))?.[1];
        if (!src) continue;
        faces.push({
          family: rule.style.getPropertyValue("font-family").replace(/["']/g, ""),
          weight: rule.style.getPropertyValue("font-weight") || "400",
          style: rule.style.getPropertyValue("font-style") || "normal",
          url: new URL(src, sheet.href ?? location.href).pathname,
          range: rangeOf(rule.style.getPropertyValue("unicode-range")),
        });
      }
    }
    const drawn = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.bottom <= 0 || box.top >= innerHeight || style.visibility === "hidden" || style.opacity === "0") continue;
      const family = style.fontFamily.split(",")[0]!.replace(/["']/g, "").trim();
      const code = node.textContent.trim().codePointAt(0) ?? 0;
      const face = faces.find(
        (f) => f.family === family && f.weight === style.fontWeight && f.style === style.fontStyle && f.range.some(([from, to]) => code >= from && code <= to),
      );
      if (face) drawn.add(face.url);
    }
    const preloaded = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]'), (link) => new URL(link.href).pathname);
    return { drawn: [...drawn].sort(), preloaded: [...preloaded].sort() };
  });
}

for (const viewport of [{ width: 375, height: 800 }, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px the dashboard preloads exactly the font faces its first screen draws, no italic`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const { drawn, preloaded } = await firstScreenFonts(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(preloaded).toEqual(drawn);
    for (const url of preloaded) expect(url, url).not.toMatch(/italic/i);
  });
}
