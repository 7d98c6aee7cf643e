import { expect, type Page, test } from "@playwright/test";

// A phone: touch, no hover. The dashboard's panels are islands (components/islands) that load and
// hydrate when they near the screen or are touched, and the DSFR's script starts on the first touch.
test.use({ viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true });

const island = (page: Page, name: string) => page.locator(`[data-island="${name}"]`);
const panel = (page: Page, name: RegExp) => page.getByRole("region", { name });

/** Holds every script fetched from now on (an island's code) for `ms`, as a slow network would. */
async function slowScripts(page: Page, ms: number) {
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

test("on a phone, the panels below the first screen are server HTML, not hydrated until scrolled to", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("load");
  // The map's and the charts' HTML is all there from the server…
  await expect(panel(page, /par thématique/).locator("svg [data-key]").first()).toBeAttached();
  await expect(page.locator("svg.map-preview-svg path").first()).toBeAttached();
  // …but none of them ran: their code was not even fetched.
  await page.waitForTimeout(1000);
  for (const name of ["map", "themes", "rankings", "time-slider"]) await expect(island(page, name)).not.toHaveAttribute("data-island-live");
  // Styled all the same: their stylesheets come with the page, not with their code.
  await expect(panel(page, /par thématique/)).toHaveCSS("border-top-style", "solid");
  await expect(page.locator(".country-map-frame")).toHaveCSS("position", "relative");
  // Their "Détail" buttons wait for the panel's own layout: at the server's, scaled down to a
  // phone, they would overlap (Lighthouse's target-size audit).
  const detail = panel(page, /par thématique/).getByRole("button", { name: /^Détail : / }).first();
  await expect(detail).toBeHidden();
  await panel(page, /par thématique/).scrollIntoViewIfNeeded();
  await expect(island(page, "themes")).toHaveAttribute("data-island-live", "");
  await expect(detail).toBeVisible();
  await expect(island(page, "rankings")).not.toHaveAttribute("data-island-live");
});

test("a tap on a panel whose code is still loading is not lost: it acts once the panel is live", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("load");
  await slowScripts(page, 1500);
  const themes = panel(page, /par thématique/);
  await themes.getByRole("button", { name: "Afficher le tableau" }).tap();
  await expect(island(page, "themes")).not.toHaveAttribute("data-island-live");
  await expect(themes.getByRole("table")).toBeVisible({ timeout: 15_000 });
  await expect(island(page, "themes")).toHaveAttribute("data-island-live", "");
  expect(await themes.getByRole("table").locator("tbody tr").count()).toBeGreaterThanOrEqual(5);
});

test("a filter set on a phone redraws the panels still asleep with the new figures, never blank", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("load");
  const subtitle = island(page, "themes").locator(".chart-panel__subtitle").first();
  const before = await subtitle.innerText();
  await page.locator(".filter-fold__toggle").tap();
  await page.getByLabel("Statut", { exact: true }).selectOption("ongoing");
  await expect(page).toHaveURL(/status=ongoing/);
  // The themes panel, asleep when the filter changed, was woken by it and shows the new scope.
  await expect(subtitle).not.toHaveText(before);
  await expect(subtitle).toContainText("En cours");
  await panel(page, /par thématique/).scrollIntoViewIfNeeded();
  await expect(panel(page, /par thématique/).locator("svg [data-key]").first()).toBeVisible();
});

test("on a phone, a first tap on Menu opens the header's menu though the DSFR's script starts on that tap", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  // Not started at idle on a touch screen…
  expect(await page.evaluate(() => typeof (window as unknown as { dsfr?: { start?: unknown } }).dsfr?.start)).toBe("undefined");
  // …the tap starts it, and the tap itself is given to the menu once it has.
  await page.getByRole("button", { name: "Menu" }).tap();
  await expect(page.locator("#header-menu-modal-fr-header")).toHaveClass(/fr-modal--opened/);
  await expect(page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Partenariats" })).toBeVisible();
});

test("on a phone, a partnership's first tap on « Ajouter à la présentation » adds it, though the button's code loads on that tap", async ({ page }) => {
  await page.goto("/partenariats/15909");
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  // In view, but a button this small waits for a touch before it loads its code.
  await expect(island(page, "add-to-deck")).not.toHaveAttribute("data-island-live");
  await page.getByRole("button", { name: "Ajouter à la présentation" }).tap();
  await expect(page.getByRole("status").filter({ hasText: "présentation" })).toContainText("Ajouté à la présentation (1 vue)");
  await expect(island(page, "add-to-deck")).toHaveAttribute("data-island-live", "");
});

test("on a phone, a country page's chart is kept as the server drew it until scrolled to, and a tap on it while its code loads acts", async ({ page }) => {
  await page.goto("/pays/SN");
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  const years = page.locator("#annees");
  await expect(years.locator("svg [data-year]").first()).toBeAttached();
  await expect(island(page, "profile-years")).not.toHaveAttribute("data-island-live");
  await slowScripts(page, 1500);
  // The tap wakes it; the browser then draws the chart anew and the tap is given to the same button.
  await years.getByRole("button", { name: "Afficher le tableau" }).tap();
  await expect(years.getByRole("table")).toBeVisible({ timeout: 15_000 });
  await expect(island(page, "profile-years")).toHaveAttribute("data-island-live", "");
});

test("a phone gets the page painted before it fetches any script (lib/http-cache/scripts-after-paint.ts)", async ({ page }) => {
  await page.goto("/");
  const scriptStarts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
    );
  await expect.poll(async () => (await scriptStarts()).length).toBeGreaterThan(3);
  const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime);
  expect(paint).toBeGreaterThan(0);
  expect(Math.min(...(await scriptStarts()))).toBeGreaterThanOrEqual(paint!);
  // And the page still comes alive: a panel scrolled to hydrates.
  await panel(page, /par thématique/).scrollIntoViewIfNeeded();
  await expect(island(page, "themes")).toHaveAttribute("data-island-live", "");
});
