import { type Page, expect, test } from "@playwright/test";

const NO_DATA = "#d0c3b7";
const france = (page: Page) => page.getByRole("region", { name: /^Côté français/ });

async function tile(page: Page, id: string): Promise<number> {
  return Number((await page.locator(`[data-tile="${id}"] .tile-value`).innerText()).replace(/[^\d]/g, ""));
}

async function settled(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

test("pick a région on the France map: the world map shows that région's partner countries only", async ({ page, request }) => {
  await page.goto("/");
  const panel = france(page);
  // Bretagne is drawn coloured, with its figures in the table beside the map.
  const bretagne = panel.locator("path.area-53");
  await expect(bretagne).toBeAttached();
  await expect(bretagne).not.toHaveAttribute("fill", NO_DATA);
  await expect(panel.locator("tr[data-area='53']")).toContainText("Bretagne");
  const all = await tile(page, "partnerships");
  const coloured = () => page.locator("path.country").evaluateAll((paths, noData) => paths.filter((p) => p.getAttribute("fill") !== noData).length, NO_DATA);
  const before = await coloured();

  // A click on the shape (before hydration a click does nothing: try until the URL says so).
  await expect(async () => {
    await bretagne.click();
    await expect(page).toHaveURL(/frenchRegion=53/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await settled(page);
  await expect(page.getByRole("button", { name: "Retirer le filtre Bretagne" })).toBeVisible();
  const expected = (await (await request.get("/api/summary?frenchRegion=53")).json()) as { partnerships: number; countries: number };
  await expect.poll(() => tile(page, "partnerships")).toBe(expected.partnerships);
  expect(expected.partnerships).toBeLessThan(all);
  // The world map now colours only Bretagne's partner countries.
  await expect.poll(coloured).toBeLessThan(before);
  expect(await coloured()).toBeLessThanOrEqual(expected.countries);
  // The France map still shows every région, Bretagne outlined.
  await expect(panel.locator("path.area-11")).not.toHaveAttribute("fill", NO_DATA);
  await expect(bretagne).toHaveAttribute("stroke", "#161616");

  // Back to all: the filter's chip removes it.
  await page.getByRole("button", { name: "Retirer le filtre Bretagne" }).click();
  await expect(page).not.toHaveURL(/frenchRegion/);
});

test("pick a country: the France map shows its French partners; départements from the table, by keyboard", async ({ page, request }) => {
  await page.goto("/?country=SN&france=departement");
  const panel = france(page);
  await expect(panel.getByRole("heading", { name: /par département/ })).toBeVisible();
  const areas = (await (await request.get("/api/french-areas?country=SN&level=departement")).json()) as { areas: { code: string; name: string; partnerships: number }[] };
  const all = (await (await request.get("/api/french-areas?level=departement")).json()) as { areas: { code: string }[] };
  expect(areas.areas.length).toBeGreaterThan(0);
  expect(areas.areas.length).toBeLessThan(all.areas.length);
  // A département with no partner in Senegal is grey; one with partners is coloured.
  const without = all.areas.find((a) => !areas.areas.some((s) => s.code === a.code))!;
  await expect(panel.locator(`path.area-${without.code}`)).toHaveAttribute("fill", NO_DATA);
  const first = [...areas.areas].sort((a, b) => b.partnerships - a.partnerships)[0]!;
  await expect(panel.locator(`path.area-${first.code}`)).not.toHaveAttribute("fill", NO_DATA);

  // The table is the keyboard's way: its name button filters by that département.
  const button = panel.locator(`tr[data-area='${first.code}']`).getByRole("button", { name: first.name, exact: true });
  await expect(async () => {
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`departement=${first.code}`), { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page).toHaveURL(/country=SN/);
});

test("the France panel exports its table and picture, and a bad level is the API's 400", async ({ request }) => {
  const csv = await request.get("/export/france.csv?frenchRegion=53&france=departement");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Département");
  expect(text).toContain("Finistère");
  const svg = await request.get("/export/france.svg");
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await svg.text()).toContain("area-53");
  const bad = await request.get("/api/french-areas?level=canton");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("level");
});
