import { type Locator, type Page, expect, test } from "@playwright/test";

// The main server, on the demonstration dataset.
const FILTERS = "country=MA&theme=environnement-climat-et-energie";
const LIST = `/partenariats?${FILTERS}`;

const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ""));
const table = (page: Page) => page.getByRole("table");
const rows = (page: Page) => table(page).locator("tbody tr");
const countText = (page: Page) => page.getByText(/^(\d[\d\s]* partenariats?|Aucun partenariat)$/);
const amountOf = async (row: Locator) => numberIn(await row.locator("td").nth(6).innerText());
const firstTitle = async (page: Page) => rows(page).first().getByRole("link").first().getAttribute("href");

test("the list says what it shows and counts as the API does", async ({ page, request }) => {
  const response = await page.goto(LIST);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Partenariats · Maroc · Environnement, Climat et Energie/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partenariats");
  const line = page.getByText("Maroc · Environnement, Climat et Energie", { exact: true });
  await expect(line).toBeVisible();

  const api = await (await request.get(`/api/partnerships?${FILTERS}`)).json();
  expect(api.total).toBeGreaterThan(20);
  expect(numberIn(await countText(page).innerText())).toBe(api.total);
  await expect(rows(page)).toHaveCount(20);

  await expect(page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Tableau de bord" })).toHaveAttribute(
    "href",
    `/?${FILTERS}`,
  );
  await expect(page.getByRole("link", { name: "Voir sur le tableau de bord" })).toHaveAttribute("href", `/?${FILTERS}`);

  // Every title leads to its partnership, with the filters carried along.
  const titles = rows(page).locator("td:first-child a");
  await expect(titles).toHaveCount(20);
  for (const href of await titles.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href).toMatch(/^\/partenariats\/[^/?]+\?/);
    const params = new URL(href, "http://localhost").searchParams;
    expect(params.get("country")).toBe("MA");
    expect(params.get("theme")).toBe("environnement-climat-et-energie");
  }
});

test("sorting by amount puts the largest first, and the header says so", async ({ page }) => {
  await page.goto(LIST);
  await table(page).getByRole("link", { name: /^Montant déclaré/ }).click();
  await expect(page).toHaveURL(/[?&]sort=-amount\b/);
  await expect(page).toHaveURL(/[?&]country=MA\b/);
  await expect(table(page).getByRole("columnheader", { name: /^Montant déclaré/ })).toHaveAttribute("aria-sort", "descending");
  const first = await amountOf(rows(page).nth(0));
  const second = await amountOf(rows(page).nth(1));
  expect(first).toBeGreaterThan(0);
  expect(first).toBeGreaterThanOrEqual(second);

  // A second click reverses the order.
  await table(page).getByRole("link", { name: /^Montant déclaré/ }).click();
  await expect(page).toHaveURL(/[?&]sort=amount\b/);
  await expect(table(page).getByRole("columnheader", { name: /^Montant déclaré/ })).toHaveAttribute("aria-sort", "ascending");
});

test("page 2 shows other rows and is marked as the current page", async ({ page }) => {
  await page.goto(LIST);
  const onPage1 = await firstTitle(page);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await pagination.getByRole("link", { name: "2", exact: true }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(page).toHaveURL(/[?&]theme=environnement-climat-et-energie\b/);
  await expect(pagination.locator('[aria-current="page"]')).toHaveText("2");
  await expect(rows(page).first()).toBeVisible();
  expect(await firstTitle(page)).not.toBe(onPage1);

  // Beyond the last page: an empty page that leads to the last one.
  await page.goto(`${LIST}&page=999`);
  await expect(page.getByRole("heading", { name: "La page 999 n'existe pas" })).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
  await page.getByRole("link", { name: /^Aller à la dernière page/ }).click();
  await expect(rows(page).first()).toBeVisible();
});

test("the search narrows the list and keeps the filters", async ({ page }) => {
  await page.goto(LIST);
  const before = numberIn(await countText(page).innerText());
  await page.getByRole("searchbox", { name: "Rechercher dans les titres et les descriptions" }).fill("eau");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/[?&]q=eau\b/);
  await expect(page).toHaveURL(/[?&]country=MA\b/);
  // Exact: Next's route announcer may say the page's title, which holds the same words.
  await expect(page.getByText("Maroc · Environnement, Climat et Energie · « eau »", { exact: true })).toBeVisible();
  const after = numberIn(await countText(page).innerText());
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
});

test("a bad parameter is named in an alert and ignored", async ({ page }) => {
  await page.goto(`${LIST}&sort=xyz`);
  // Next.js's route announcer is an (empty) alert too.
  const alert = page.getByRole("alert").filter({ hasText: "ignoré" });
  await expect(alert).toContainText("sort");
  await expect(alert).toContainText("xyz");
  await expect(rows(page)).toHaveCount(20);
});

test("a list without results says so and offers to remove the filters", async ({ page }) => {
  await page.goto(`${LIST}&q=zzzqqqxx`);
  await expect(page.getByRole("heading", { name: "Aucun partenariat ne correspond à ces filtres" })).toBeVisible();
  await page.getByRole("link", { name: "Retirer tous les filtres" }).click();
  await expect(page).toHaveURL(/\/partenariats$/);
  await expect(rows(page)).toHaveCount(20);
});
