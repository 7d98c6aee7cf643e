import { type APIRequestContext, type Page, expect, test } from "@playwright/test";

// The framing of the world map (issue #14, item 4): buttons over the map, `mapView` in the URL,
// the map's exports framed alike. Germany's shape measures the framing: tiny on the world map,
// several times wider on Europe.

const framing = (page: Page) => page.getByRole("group", { name: "Cadrer la carte sur" });
const germany = (page: Page) => page.locator(".leaflet-container path.country-DE");
const germanyWidth = async (page: Page) => (await germany(page).boundingBox())?.width ?? 0;
const pressed = (page: Page) => framing(page).locator("button[aria-pressed=true]").allTextContents();

/** The width of Germany's path in a map's SVG export, from its coordinates. */
async function exportedGermanyWidth(request: APIRequestContext, query: string): Promise<number> {
  const response = await request.get(`/export/map.svg${query}`);
  expect(response.status(), query).toBe(200);
  const svg = await response.text();
  const d = /<path class="country country-DE" d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const xs = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => Number(match[1]));
  expect(xs.length, query).toBeGreaterThan(10);
  return Math.max(...xs) - Math.min(...xs);
}

test("Europe frames the map on Europe, writes it in the URL, and a reload keeps it", async ({ page }) => {
  await page.goto("/");
  await expect(germany(page)).toBeVisible();
  await expect.poll(() => pressed(page)).toEqual(["Monde"]);
  const world = await germanyWidth(page);

  await framing(page).getByRole("button", { name: "Europe" }).click();
  await expect(page).toHaveURL(/[?&]mapView=europe(&|$)/);
  await expect.poll(() => pressed(page)).toEqual(["Europe"]);
  // Europe is taller than the map is wide: its height sets the zoom, almost three times the world's.
  await expect.poll(() => germanyWidth(page)).toBeGreaterThan(world * 2.5);
  const europe = await germanyWidth(page);

  // The map's export links carry the framing.
  const map = page.locator("section#map");
  await map.getByRole("button", { name: /^Exporter/ }).click();
  expect(await map.getByRole("link", { name: "Image SVG (vectorielle)" }).getAttribute("href")).toMatch(/[?&]mapView=europe/);
  await page.keyboard.press("Escape");

  await page.reload();
  await expect(germany(page)).toBeVisible();
  await expect.poll(() => pressed(page)).toEqual(["Europe"]);
  await expect.poll(async () => Math.abs((await germanyWidth(page)) / europe - 1)).toBeLessThan(0.05);

  // "Monde" goes back to the default framing: no parameter, Germany small again.
  await framing(page).getByRole("button", { name: "Monde" }).click();
  await expect(page).not.toHaveURL(/mapView/);
  await expect.poll(() => germanyWidth(page)).toBeLessThan(europe / 2.5);
});

test("moved by hand, the map shows no framing pressed; pressing one frames it again", async ({ page }) => {
  await page.goto("/?mapView=europe");
  await expect(germany(page)).toBeVisible();
  await expect.poll(() => pressed(page)).toEqual(["Europe"]);
  const europe = await germanyWidth(page);

  await page.getByRole("button", { name: "Dézoomer" }).click();
  await expect.poll(() => pressed(page)).toEqual([]);
  await expect.poll(() => germanyWidth(page)).toBeLessThan(europe * 0.8);
  await expect(page).toHaveURL(/mapView=europe/);

  await framing(page).getByRole("button", { name: "Europe" }).click();
  await expect.poll(() => pressed(page)).toEqual(["Europe"]);
  await expect.poll(async () => Math.abs((await germanyWidth(page)) / europe - 1)).toBeLessThan(0.05);
});

test("the keyboard reaches the framing buttons, shows its focus and presses them", async ({ page }) => {
  await page.goto("/");
  await expect(germany(page)).toBeVisible();
  // From the map's last control above it (the mode), Tab goes on to the framing buttons.
  await page.locator("#map-mode-choropleth").focus();
  const africa = framing(page).getByRole("button", { name: "Afrique" });
  for (let i = 0; i < 6 && !(await africa.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(africa).toBeFocused();
  expect(await africa.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/[?&]mapView=africa(&|$)/);
  await expect(africa).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]mapView=europe(&|$)/);
});

test("a bad framing is named in the alert and the map keeps the default", async ({ page, request }) => {
  await page.goto("/?mapView=oceanie&country=SN");
  const alert = page.getByRole("alert").filter({ hasText: "mapView" });
  await expect(alert).toBeVisible();
  await expect.poll(() => pressed(page)).toEqual(["Monde"]);
  const response = await request.get("/export/map.svg?mapView=oceanie");
  expect(response.status()).toBe(400);
  expect((await response.json()).error.code).toBe("bad_parameter");
});

test("the map's SVG export is framed as the URL says", async ({ request }) => {
  const world = await exportedGermanyWidth(request, "");
  const europe = await exportedGermanyWidth(request, "?mapView=europe");
  expect(europe).toBeGreaterThan(world * 3);
  const africa = await request.get("/export/map.svg?mapView=africa");
  // Outside Africa's frame, Germany is cut away: no path left, or one without width.
  const d = /<path class="country country-DE" d="([^"]*)"/.exec(await africa.text())?.[1] ?? "";
  expect(d.length).toBeLessThan(50);
  const png = await request.get("/export/map.png?mapView=americas");
  expect(png.status()).toBe(200);
});
