import { expect, type Page, test } from "@playwright/test";

/**
 * Screenshots that guard the look: the dashboard, a partnership page and a country page at 1280
 * and 375 px, compared with the baselines committed in e2e/__screenshots__ (tolerance in
 * playwright.config.ts). The data is fixed (the demonstration dataset is deterministic and dated
 * by its reference year), the fonts are the DSFR's own files served by the app, animations and
 * the caret are off. A change that moves the look fails here until its new baselines are
 * committed: `npx playwright test e2e/visual.spec.ts --update-snapshots` (README).
 */

const PAGES = [
  { name: "dashboard", path: "/" },
  { name: "partnership-15909", path: "/partenariats/15909" },
  { name: "country-SN", path: "/pays/SN" },
];

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 375, height: 800 },
];

/** Waits for what draws after the first paint: the fonts, the map's shapes, the charts. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const shapes = page.locator(".leaflet-container path.country");
  if ((await page.locator(".leaflet-container, .country-map-canvas").count()) > 0) await expect(shapes.first()).toBeAttached();
  await page.waitForLoadState("networkidle");
}

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const { name, path } of PAGES) {
      test(`${name} looks as its baseline`, async ({ page }) => {
        await page.goto(path);
        await settled(page);
        await expect(page).toHaveScreenshot(`${name}-${viewport.width}.png`, { fullPage: true });
      });
    }
  });
}
