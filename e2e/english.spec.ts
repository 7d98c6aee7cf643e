import { expect, test } from "@playwright/test";

// The language switch and what carries the language from page to page; each page's English
// content is checked by english-dashboard.spec.ts and english-pages.spec.ts.

test("the header's link opens the same view in English, and back in French", async ({ page }) => {
  await page.goto("/partenariats?country=SN");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const toEnglish = page.locator("a.lang-switch").first();
  await expect(toEnglish).toHaveAttribute("hreflang", "en");
  await expect(toEnglish).toHaveAttribute("href", "/partenariats?country=SN&lang=en");
  await expect(async () => {
    await page.getByRole("link", { name: "English" }).first().click();
    await expect(page).toHaveURL(/\/partenariats\?country=SN&lang=en$/, { timeout: 2_000 });
  }).toPass();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const navigation = page.getByRole("navigation", { name: "Main menu" });
  await expect(navigation.getByRole("link", { name: "Dashboard" })).toHaveAttribute("href", "/?lang=en");
  await expect(navigation.getByRole("link", { name: "The data" })).toHaveAttribute("href", "/donnees?lang=en");
  await expect(page).toHaveTitle(/Atlas of decentralised cooperation/);
  await page.getByRole("link", { name: "Français" }).first().click();
  await expect(page).toHaveURL(/\/partenariats\?country=SN$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Tableau de bord" })).toBeVisible();
});

test("a dashboard change keeps the language, and the switch follows the view", async ({ page }) => {
  await page.goto("/?lang=en&map=amount");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The map's measure is a view setting written by the dashboard itself (pushState, no navigation).
  await expect(async () => {
    await page.locator("#map-measure").selectOption("partnerships");
    await expect(page).toHaveURL(/[?&]lang=en/, { timeout: 2_000 });
    expect(new URL(page.url()).searchParams.get("map")).toBeNull();
  }).toPass();
  await expect(page.locator("a.lang-switch").first()).toHaveAttribute("href", "/");
});

test("an unknown language is named, not guessed", async ({ request }) => {
  const answer = await request.get("/api/summary?lang=de");
  expect(answer.status()).toBe(400);
  expect((await answer.json()).error.issues).toEqual([{ param: "lang", message: "must be one of fr, en" }]);
  const page = await request.get("/?lang=de");
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('lang="fr"');
});
