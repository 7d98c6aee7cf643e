import { type APIResponse, type Page, expect, test } from "@playwright/test";
import { LIGHT_BOUNDARIES_URL } from "../lib/map/boundaries";

/** The headers every response carries, whatever its type. */
function expectCommonHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  expect(headers["content-security-policy"], path).toBeTruthy();
}

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";

test("every type of response carries the security headers and keeps its content type", async ({ request }) => {
  const page = await request.get("/pays/SN");
  // Any static asset the page loads: a script chunk of Next.
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(asset).toBeTruthy();
  const cases: [path: string, status: number, type: string, frame: "'self'" | "*"][] = [
    ["/pays/SN", 200, "text/html", "'self'"],
    ["/api/meta", 200, "application/json", "'self'"],
    ["/api/partnerships/does-not-exist", 404, "application/json", "'self'"],
    ["/export/themes.csv", 200, "text/csv", "'self'"],
    ["/export/themes.svg", 200, "image/svg+xml", "'self'"],
    [asset!, 200, "javascript", "'self'"],
    [LIGHT_BOUNDARIES_URL, 200, "json", "'self'"],
    ["/cette-page-n-existe-pas", 404, "text/html", "'self'"],
    ["/embed/years", 200, "text/html", "*"],
  ];
  for (const [path, status, type, frame] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-type"] ?? "", path).toContain(type);
    expectCommonHeaders(response, path);
    const csp = response.headers()["content-security-policy"]!;
    expect(csp, path).toContain(`frame-ancestors ${frame}`);
    expect(response.headers()["x-frame-options"], path).toBe(frame === "*" ? undefined : "SAMEORIGIN");
    expect(scriptSrc(csp), path).not.toContain("unsafe-inline");
  }
  // An SVG opened by itself is a document: it may load nothing and run nothing.
  const svg = (await request.get("/export/themes.svg")).headers()["content-security-policy"]!;
  expect(svg).toContain("default-src 'none'");
  expect(svg).toContain("style-src 'unsafe-inline'");
});

test("a page's inline scripts all carry the request's nonce, which changes with each request", async ({ request }) => {
  const nonces: string[] = [];
  for (const path of ["/", "/"]) {
    const response = await request.get(path);
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc(response.headers()["content-security-policy"]!))?.[1];
    expect(nonce).toBeTruthy();
    nonces.push(nonce!);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("a client's own CSP or embed header does not reach the page", async ({ request }) => {
  const response = await request.get("/", {
    headers: { "Content-Security-Policy": "script-src 'nonce-chosenbytheclient'", "x-atlas-embed": "1" },
  });
  const html = await response.text();
  expect(html).not.toContain("chosenbytheclient");
  expect(html).toContain("fr-header");
});

test("undecodable paths and queries answer 400, never 500", async ({ request }) => {
  for (const path of ["/partenariats/%zz", "/api/partnerships/%", "/pays/%E0%A4%A", "/export/%zz.csv", "/?q=%zz", "/api/meta?q=%E9"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expectCommonHeaders(response, path);
    if (path.startsWith("/api/") || path.startsWith("/export/")) {
      const { error } = await response.json();
      expect(error.code, path).toBe("bad_parameter");
      expect(Array.isArray(error.issues), path).toBe(true);
    } else {
      expect(response.headers()["content-type"], path).toContain("text/html");
      expect(await response.text(), path).toContain("Adresse invalide");
    }
  }
});

/** Collects CSP and Permissions-Policy violations, from the document's events and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__atlasCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __atlasCspViolation: (text: string) => void }).__atlasCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Permissions[- ]Policy|Refused to/i.test(message.text())) {
      violations.push(`console: ${message.text()}`);
    }
  });
  return violations;
}

test("the dashboard, its map, charts, menus and dialog, the presentation, the comparison and an embed run under the CSP", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  await page.goto("/?country=SN");
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  // Leaflet draws the countries as SVG paths and sets inline styles.
  await expect(page.locator(".leaflet-container path.country-SN")).toBeVisible();
  const themes = page.getByRole("region", { name: /par thématique/ });
  await expect(themes.locator("svg").first()).toBeVisible();
  await themes.getByRole("button", { name: /^Exporter/ }).click();
  await expect(themes.getByRole("button", { name: "Copier le lien de cette vue" })).toBeVisible();
  await page.keyboard.press("Escape");
  await themes.getByRole("button", { name: /^Détail : / }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  // A client-side navigation loads more chunks, which the nonce's scripts bring in ('strict-dynamic').
  // The presentation plays its slides full screen: the Permissions-Policy keeps fullscreen for this site.
  await page.goto("/presentation?v=%2F%3Fpanel%3Dthemes&v=%2Fpays%2FSN");
  await page.getByRole("button", { name: "Présenter" }).click();
  const player = page.getByRole("dialog", { name: "Présentation en cours" });
  await expect(player.getByText("1 / 2", { exact: true })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(player.getByText("2 / 2", { exact: true })).toBeVisible();
  await player.getByRole("button", { name: "Quitter" }).click();
  await page.goto("/comparer?a.country=SN&b.country=ML");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/embed/map?country=SN");
  await expect(page.locator(".leaflet-container path, svg path").first()).toBeVisible();
  await page.goto("/partenariats?country=SN");
  await expect(page.getByRole("table").first()).toBeVisible();
  expect(violations).toEqual([]);
});
