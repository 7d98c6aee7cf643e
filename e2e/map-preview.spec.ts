import { type Page, type Route, expect, test } from "@playwright/test";

// Issue 15, item 1: the map's first paint is an SVG drawn by the server; Leaflet and its shapes come
// after it and take over with the same view. Holding the light shapes' request keeps Leaflet out.

const NO_DATA = "#d0c3b7";

/** Holds the map's shapes until `release()`: Leaflet cannot draw without them. */
async function holdShapes(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/geo/countries-light.*", async (route: Route) => {
    await released;
    await route.continue();
  });
  return () => release();
}

const preview = (page: Page) => page.locator(".map-preview");
/** A shape's box relative to the map's frame: the page above may reflow meanwhile (fonts, hydration). */
async function box(page: Page, selector: string) {
  const frame = (await page.locator(".country-map-frame").boundingBox())!;
  const shape = (await page.locator(selector).boundingBox())!;
  return { ...shape, x: shape.x - frame.x, y: shape.y - frame.y };
}
/** The server's drawing once the browser has framed it to its box (as Leaflet will frame it). */
const framed = (page: Page) => expect(page.locator(".map-preview-svg[data-framed]")).toBeAttached();

test("the map is in the server's HTML as SVG, coloured and outlined as the Leaflet map", async ({ request }) => {
  const home = await (await request.get("/")).text();
  expect(home).toContain('<svg class="map-preview-svg"');
  const morocco = /<path class="country country-MA" d="M[^"]+" fill="([^"]+)"/.exec(home);
  expect(morocco?.[1]).toBeTruthy();
  expect(morocco?.[1]).not.toBe(NO_DATA);
  // A country page zooms on its country, outlined, and draws only its region.
  const senegal = await (await request.get("/pays/SN")).text();
  expect(senegal).toMatch(/<path class="country country-SN" d="M[^"]+" fill="[^"]+" stroke="#161616"/);
  expect(senegal).toContain("country-ML");
  expect(senegal).not.toContain("country-AU");
});

test("before Leaflet, hovering a country shows its tooltip and clicking it filters", async ({ page }) => {
  const release = await holdShapes(page);
  await page.goto("/");
  await expect(page.locator(".leaflet-container")).toHaveCount(0);
  const tip = page.locator(".map-preview-tip");
  // The pointer moves over Morocco until the page has its script (hydrated), as a user's would.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await page.locator(".map-preview path.country-MA").hover();
    await expect(tip).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(tip).toContainText("Maroc");
  await expect(tip).toContainText("Partenariats");
  await expect(tip).toContainText("Cliquer pour filtrer sur ce pays");
  await page.locator(".map-preview path.country-MA").click();
  await expect(page).toHaveURL(/[?&]country=MA(&|$)/);
  await expect(page.getByRole("button", { name: /Retirer.*Maroc/ }).first()).toBeVisible();
  // The drawing shows the figures before the filter: faded until Leaflet draws the new ones.
  await expect(preview(page)).toHaveClass(/map-preview--stale/);
  release();
  await expect(page.locator(".leaflet-container path.country-MA")).toHaveAttribute("stroke", "#161616");
  await expect(preview(page)).toHaveCount(0);
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
  test(`Leaflet takes over with the same view, then zooms (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const release = await holdShapes(page);
    await page.goto("/");
    await framed(page);
    const before = { brazil: await box(page, ".map-preview path.country-BR"), china: await box(page, ".map-preview path.country-CN") };
    release();
    await expect(page.locator(".leaflet-container path.country-BR")).toBeVisible();
    await expect(preview(page)).toHaveCount(0);
    const after = { brazil: await box(page, ".leaflet-container path.country-BR"), china: await box(page, ".leaflet-container path.country-CN") };
    // The same shapes in the same place: within 2 px (Leaflet rounds its origin to whole pixels,
    // and its boxes include the outline).
    for (const country of ["brazil", "china"] as const) {
      expect(Math.abs(after[country].x - before[country].x), country).toBeLessThan(2);
      expect(Math.abs(after[country].y - before[country].y), country).toBeLessThan(2);
      expect(Math.abs(after[country].width - before[country].width), country).toBeLessThan(2.5);
    }
    await page.locator(".country-map-frame").getByRole("button", { name: "Zoomer", exact: true }).click();
    await expect.poll(async () => (await box(page, ".leaflet-container path.country-BR")).width).toBeGreaterThan(after.brazil.width * 1.8);
  });
}

test("a country page's first paint is its country, framed as Leaflet then frames it", async ({ page }) => {
  const release = await holdShapes(page);
  await page.goto("/pays/SN");
  await framed(page);
  const before = await box(page, ".map-preview path.country-SN");
  expect(before.width).toBeGreaterThan(60);
  release();
  await expect(page.locator(".leaflet-container path.country-SN")).toBeVisible();
  await expect(preview(page)).toHaveCount(0);
  const after = await box(page, ".leaflet-container path.country-SN");
  expect(Math.abs(after.x - before.x)).toBeLessThan(3);
  expect(Math.abs(after.y - before.y)).toBeLessThan(3);
});
