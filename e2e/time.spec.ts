import { type Page, expect, test } from "@playwright/test";

const NO_DATA = "#d0c3b7";

async function tile(page: Page, id: string): Promise<number> {
  const text = await page.locator(`[data-tile="${id}"] .tile-value`).innerText();
  return Number(text.replace(/[^\d]/g, ""));
}

/** Countries the map colours (those with at least one partnership under the filters). */
async function coloured(page: Page): Promise<number> {
  return page.locator("path.country").evaluateAll((paths, noData) => paths.filter((p) => p.getAttribute("fill") !== noData).length, NO_DATA);
}

async function settled(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

const slider = (page: Page) => page.getByRole("slider", { name: "Année" });
const yearLabel = (page: Page) => page.locator(".time-year");
const urlYear = (page: Page) => new URL(page.url()).searchParams.get("year");

async function partnershipsIn(page: Page, query: string): Promise<number> {
  return ((await (await page.request.get(`/api/summary?${query}`)).json()) as { partnerships: number }).partnerships;
}

test("the keyboard moves the year: the URL, the tiles and the map follow", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("path.country").first()).toBeAttached();
  await expect(yearLabel(page)).toHaveText("Toutes les années");
  await expect(page.getByLabel("actifs cette année-là (par défaut)")).toBeChecked();
  const allYears = await tile(page, "partnerships");
  const allCountries = await coloured(page);
  const min = Number(await slider(page).getAttribute("min"));
  const max = Number(await slider(page).getAttribute("max"));
  expect(max).toBeGreaterThan(min + 5);

  await slider(page).focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(new RegExp(`[?&]year=${min}(&|$)`));
  await expect(yearLabel(page)).toHaveText(String(min));
  await expect(slider(page)).toHaveAttribute("aria-valuetext", `${min}, partenariats actifs cette année-là`);
  await settled(page);
  await expect.poll(() => tile(page, "partnerships")).toBe(await partnershipsIn(page, `yearFrom=${min}&yearTo=${min}`));
  expect(await tile(page, "partnerships")).toBeLessThan(allYears);
  expect(await coloured(page)).toBeLessThan(allCountries);
  await expect(page.getByRole("button", { name: `Retirer le filtre actifs en ${min}` })).toBeVisible();

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`[?&]year=${min + 1}(&|$)`));
  await expect(yearLabel(page)).toHaveText(String(min + 1));
  await settled(page);
  await expect.poll(() => tile(page, "partnerships")).toBe(await partnershipsIn(page, `yearFrom=${min + 1}&yearTo=${min + 1}`));

  await page.keyboard.press("PageUp");
  await expect(page).toHaveURL(new RegExp(`[?&]year=${min + 6}(&|$)`));

  // The year chart keeps every year, the one shown highlighted: the year is seen in its series.
  await slider(page).focus();
  await page.keyboard.press("End");
  await expect(page).toHaveURL(new RegExp(`[?&]year=${max}(&|$)`));
  await settled(page);
  const years = page.getByRole("region", { name: /par année/ });
  await expect(years.locator(`[data-year="${max}"].chart-column--selected`)).toBeAttached();
  expect(await years.locator(".chart-column--muted").count()).toBeGreaterThan(5);

  // "Toutes les années" leaves the one-year view.
  await page.getByRole("button", { name: "Toutes les années" }).click();
  await expect(page).not.toHaveURL(/year=/);
  await expect(yearLabel(page)).toHaveText("Toutes les années");
  await settled(page);
  expect(await tile(page, "partnerships")).toBe(allYears);
});

test("play runs through the years, pause holds one, and a reload gives back the year and the mode", async ({ page }) => {
  await page.goto("/?year=2005");
  await expect(yearLabel(page)).toHaveText("2005");
  // The DSFR draws the radio on its label, which takes the click.
  await page.locator("label", { hasText: "commencés cette année-là" }).click();
  await expect(page).toHaveURL(/yearMode=started/);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "2005, partenariats commencés cette année-là");
  await settled(page);

  const seen = new Set<string>();
  const urls = new Set<string | null>();
  await page.getByRole("button", { name: "Lire" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.getByText(/^Lecture : une année toutes les 1,2 secondes/)).toBeVisible();
  await expect
    .poll(
      async () => {
        seen.add(await yearLabel(page).innerText());
        urls.add(urlYear(page));
        return seen.size;
      },
      { timeout: 15_000, intervals: [200] },
    )
    .toBeGreaterThanOrEqual(3);
  expect(urls.size).toBeGreaterThanOrEqual(3);
  // The years go forwards, one at a time.
  const years = [...seen].map(Number);
  expect(years.slice(0, 3)).toEqual([2005, 2006, 2007]);

  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Lire" })).toBeVisible();
  const held = await yearLabel(page).innerText();
  const heldUrl = page.url();
  expect(urlYear(page)).toBe(held);
  await page.waitForTimeout(2_500);
  await expect(yearLabel(page)).toHaveText(held);
  expect(page.url()).toBe(heldUrl);
  await settled(page);
  const figure = await tile(page, "partnerships");
  expect(figure).toBe(await partnershipsIn(page, `yearFrom=${held}&yearTo=${held}&yearMode=started`));

  await page.reload();
  await expect(yearLabel(page)).toHaveText(held);
  await expect(slider(page)).toHaveValue(held);
  await expect(page.getByLabel("commencés cette année-là")).toBeChecked();
  await settled(page);
  expect(await tile(page, "partnerships")).toBe(figure);

  // Playing replaced the history entry year after year: one Back undoes the mode, the next leaves the years.
  await page.goBack();
  await expect(page).not.toHaveURL(/yearMode=started/);
  await expect(page).toHaveURL(/year=2005/);
});

test("play stops by itself at the last year", async ({ page }) => {
  await page.goto("/");
  const max = Number(await slider(page).getAttribute("max"));
  await page.goto(`/?year=${max - 1}`);
  await page.getByRole("button", { name: "Lire" }).click();
  await expect(yearLabel(page)).toHaveText(String(max));
  await expect(page.getByRole("button", { name: "Lire" })).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL(new RegExp(`[?&]year=${max}(&|$)`));
});

test("year with yearFrom or yearTo is refused by name: the dashboard keeps the range, the API answers 400", async ({ page }) => {
  await page.goto("/?year=2015&yearFrom=2010");
  await expect(page.getByRole("alert").filter({ hasText: "adresse" })).toContainText("year (cannot be combined with yearFrom or yearTo");
  await expect(yearLabel(page)).toHaveText(/^2010–\d{4}$/);
  await expect(page.getByText(/Déplacer le curseur remplace la période 2010–\d{4} par une seule année/)).toBeVisible();
  const response = await page.request.get("/api/summary?year=2015&yearTo=2020");
  expect(response.status()).toBe(400);
  expect(JSON.stringify(await response.json())).toMatch(/year.*yearFrom.*yearTo/);
  expect(await partnershipsIn(page, "year=2015")).toBe(await partnershipsIn(page, "yearFrom=2015&yearTo=2015"));
});

test("with reduced motion, playing is slower and the page says so", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/?year=2005");
  await expect(page.getByText(/^Animations réduites .* une année toutes les 3 secondes/)).toBeVisible();
});
