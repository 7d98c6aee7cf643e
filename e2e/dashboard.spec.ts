import { type Page, expect, test } from "@playwright/test";

const NO_DATA = "#d0c3b7";

/** The number shown by a headline tile. */
async function tile(page: Page, id: string): Promise<number> {
  const text = await page.locator(`[data-tile="${id}"] .tile-value`).innerText();
  return Number(text.replace(/[^\d]/g, ""));
}

/** Waits until no panel shows stale data any more. */
async function settled(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

const panel = (page: Page, name: RegExp | string) => page.getByRole("region", { name });

test("the dashboard draws the map's countries in colour and every chart", async ({ page }) => {
  await page.goto("/");
  const countries = page.locator("path.country");
  await expect(countries.first()).toBeAttached();
  expect(await countries.count()).toBeGreaterThan(200);
  // Germany has the most partnerships: it is coloured, not "no data".
  await expect(page.locator(".leaflet-container path.country-DE")).not.toHaveAttribute("fill", NO_DATA);
  const coloured = await countries.evaluateAll((paths, noData) => paths.filter((p) => p.getAttribute("fill") !== noData).length, NO_DATA);
  expect(coloured).toBeGreaterThanOrEqual(130);
  for (const name of [/par thématique/, /par année/, /^Financements par catégorie/, /Principaux financeurs/, /Principaux pays/, /Principales collectivités/]) {
    await expect(panel(page, name).locator("svg [data-key]").first(), String(name)).toBeVisible();
  }
  // The list shows its first rows; the others are a button press away.
  const list = page.getByRole("table", { name: /Pays partenaires/ });
  expect(await list.locator("tbody tr").count()).toBe(15);
  await page.getByRole("button", { name: /^Afficher les \d+ autres pays$/ }).click();
  expect(await list.locator("tbody tr").count()).toBeGreaterThanOrEqual(130);
  await expect(page.getByRole("button", { name: /autres pays$/ })).toHaveCount(0);
});

test("the dashboard asks the server once per filter change", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("path.country").first()).toBeAttached();
  const requests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/")) requests.push(new URL(request.url()).pathname);
  });
  await page.getByLabel("Statut", { exact: true }).selectOption("ongoing");
  await expect(page).toHaveURL(/status=ongoing/);
  // The URL changes at once, the request follows the redraw: wait for it, then for its answer.
  await expect.poll(() => requests).toEqual(["/api/dashboard"]);
  await settled(page);
  expect(requests).toEqual(["/api/dashboard"]);
  // The map's measure is drawn from the same answer: no request.
  await page.getByLabel("Mesure", { exact: true }).selectOption("amount");
  await expect(page).toHaveURL(/map=amount/);
  await settled(page);
  expect(requests).toEqual(["/api/dashboard"]);
});

test("a theme and a year range change every panel, the tiles and the URL, and survive a reload", async ({ page }) => {
  await page.goto("/");
  const before = await tile(page, "partnerships");
  const firstThemeBar = await panel(page, /par thématique/).locator("[data-key]").first().getAttribute("data-key");

  await page.getByLabel("Thématique", { exact: true }).selectOption({ label: "Environnement, Climat et Energie" });
  await expect(page).toHaveURL(/theme=environnement-climat-et-energie/);
  await page.getByLabel("De", { exact: true }).fill("2015");
  await page.getByLabel("À", { exact: true }).fill("2020");
  await page.getByLabel("À", { exact: true }).press("Enter");
  await expect(page).toHaveURL(/yearFrom=2015/);
  await expect(page).toHaveURL(/yearTo=2020/);
  await settled(page);

  // The tile ends on the server's count for these exact filters (not that of an intermediate state).
  const expected = (await (await page.request.get("/api/summary?theme=environnement-climat-et-energie&yearFrom=2015&yearTo=2020")).json()) as { partnerships: number };
  await expect.poll(() => tile(page, "partnerships")).toBe(expected.partnerships);
  const after = await tile(page, "partnerships");
  expect(after).toBeLessThan(before);
  await expect(panel(page, /par sous-thématique/)).toBeVisible();
  expect(await panel(page, /par sous-thématique/).locator("[data-key]").first().getAttribute("data-key")).not.toBe(firstThemeBar);
  for (const name of [/Principaux pays/, /^Financements par catégorie/]) {
    await expect(panel(page, name).locator(".chart-panel__subtitle")).toHaveText("Environnement, Climat et Energie · à partir de 2015 · jusqu'en 2020");
  }
  const years = panel(page, /par année/);
  await years.getByRole("button", { name: "Afficher le tableau" }).click();
  const yearCells = await years.locator("tbody tr th, tbody tr td:first-child").allInnerTexts();
  expect(yearCells.map((y) => Number(y.trim())).every((y) => y >= 2015 && y <= 2020)).toBe(true);

  await page.reload();
  await expect(page.getByLabel("Thématique", { exact: true })).toHaveValue("environnement-climat-et-energie");
  await expect(page.getByLabel("De", { exact: true })).toHaveValue("2015");
  await expect(page.getByLabel("À", { exact: true })).toHaveValue("2020");
  expect(await tile(page, "partnerships")).toBe(after);

  await page.goBack();
  await expect(page).not.toHaveURL(/yearTo=2020/);
});

test("two changes made before the page redraws both stay in the URL and the figures", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("path.country").first()).toBeAttached();
  const theme = await page.getByLabel("Thématique", { exact: true }).elementHandle();
  const status = await page.getByLabel("Statut", { exact: true }).elementHandle();
  // Both in one task: the second change comes before React redraws with the first (what a busy
  // machine does to a user who picks a theme and then types years).
  await expect(async () => {
    await page.evaluate(
      ([themeSelect, statusSelect]) => {
        for (const [select, value] of [[themeSelect, "environnement-climat-et-energie"], [statusSelect, "ongoing"]] as const) {
          (select as HTMLSelectElement).value = value;
          select?.dispatchEvent(new Event("change", { bubbles: true }));
        }
      },
      [theme, status],
    );
    await expect(page).toHaveURL(/status=ongoing/, { timeout: 2_000 });
  }).toPass();
  await expect(page).toHaveURL(/theme=environnement-climat-et-energie/);
  await settled(page);
  const expected = (await (await page.request.get("/api/summary?theme=environnement-climat-et-energie&status=ongoing")).json()) as { partnerships: number };
  await expect.poll(() => tile(page, "partnerships")).toBe(expected.partnerships);
});

test("a click on the map and on the country list filters the dashboard by that country", async ({ page }) => {
  await page.goto("/");
  const total = await tile(page, "partnerships");
  // Mali is compact: the centre of its bounding box lies inside it.
  await page.locator(".leaflet-container path.country-ML").click();
  await expect(page).toHaveURL(/country=ML/);
  await expect(page.getByRole("button", { name: "Retirer le filtre Mali" })).toBeVisible();
  await settled(page);
  const mali = await tile(page, "partnerships");
  expect(mali).toBeLessThan(total);
  expect(await tile(page, "countries")).toBeGreaterThanOrEqual(1);

  await page.getByRole("table", { name: /Pays partenaires/ }).getByRole("button", { name: "Filtrer sur Sénégal" }).click();
  await expect(page).toHaveURL(/country=ML&country=SN|country=SN.*country=ML/);
  await settled(page);
  expect(await tile(page, "partnerships")).toBeGreaterThan(mali);
  await page.getByRole("button", { name: "Retirer le filtre Mali" }).click();
  await expect(page).not.toHaveURL(/country=ML/);
});

test("circles and choropleth, chart and table can be toggled", async ({ page }) => {
  await page.goto("/");
  // The map loads after the page: toggle once it is drawn, as a user would.
  await expect(page.locator("path.country").first()).toBeAttached();
  await page.getByText("Cercles proportionnels").click();
  await expect(page).toHaveURL(/mapMode=circles/);
  await expect(page.locator(".country-circle").first()).toBeAttached();
  expect(await page.locator(".country-circle").count()).toBeGreaterThan(100);
  await page.getByText("Aplats de couleur").click();
  await expect(page).not.toHaveURL(/mapMode=circles/);
  await expect(page.locator(".country-circle")).toHaveCount(0);

  const themes = panel(page, /par thématique/);
  await themes.getByRole("button", { name: "Afficher le tableau" }).click();
  await expect(themes.getByRole("table")).toBeVisible();
  expect(await themes.getByRole("table").locator("tbody tr").count()).toBeGreaterThanOrEqual(5);
  await themes.getByRole("button", { name: "Afficher le graphique" }).click();
  await expect(themes.locator("svg [data-key]").first()).toBeVisible();
});

test("a pasted URL with four filters restores exactly those filters", async ({ page }) => {
  await page.goto("/?country=SN&financerCategory=meae&status=ongoing&yearFrom=2010");
  const chips = page.getByRole("group", { name: "Filtres actifs" }).getByRole("button", { name: /^Retirer le filtre/ });
  await expect(chips).toHaveText(["En cours", "à partir de 2010", "Sénégal", "Ministère de l'Europe et des Affaires étrangères"]);
  await expect(page.getByLabel("Statut")).toHaveValue("ongoing");
  await expect(page.getByLabel("De", { exact: true })).toHaveValue("2010");
  expect(await tile(page, "countries")).toBe(1);
});

test("an empty result shows a clear empty state, not a broken chart", async ({ page }) => {
  await page.goto("/?q=zzqxwv");
  await expect(page.getByRole("status").filter({ hasText: "Aucun partenariat ne correspond à ces filtres" }).first()).toBeVisible();
  expect(await tile(page, "partnerships")).toBe(0);
  await expect(panel(page, /par thématique/).getByRole("status")).toBeVisible();
  await expect(panel(page, /par thématique/).locator("svg")).toHaveCount(0);
  await expect(page.locator("path.country").first()).toBeAttached();
  await expect(page.locator(`path.country[fill]:not([fill="${NO_DATA}"])`)).toHaveCount(0);
});

for (const width of [1280, 375]) {
  test(`no horizontal overflow at ${width} px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expect(page.locator("path.country").first()).toBeAttached();
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: testInfo.outputPath(`dashboard-${width}.png`), fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // The panels are Suspense boundaries React streams out of order: the server puts them in place
  // (lib/http-cache/inline-boundaries.ts), or they would wait for React's inline script.
  test("the dashboard still shows its filters, map and every chart", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Filtres" })).toBeAttached();
    await expect(page.locator("#map svg.map-preview-svg path.country").first()).toBeVisible();
    for (const name of [/par année/, /par thématique/, /^Financements par catégorie de financeur/, /Principaux financeurs/, /Principaux pays partenaires/, /Principales collectivités/]) {
      await expect(page.getByRole("region", { name }).locator("svg.chart-svg"), String(name)).toBeVisible();
    }
    await expect(page.locator("[hidden][id^='S:']")).toHaveCount(0);
  });
});
