import { expect, test } from "@playwright/test";

test("the home page shows the dataset's headline figures, flagged as demonstration data", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Atlas de la coopération décentralisée/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La coopération décentralisée en chiffres");
  await expect(page.getByRole("note", { name: "Données de démonstration" })).toBeVisible();

  const tiles = page.getByRole("list", { name: "Chiffres clés" });
  const value = async (id: string) =>
    Number((await tiles.locator(`[data-tile="${id}"] .tile-value`).innerText()).replace(/[^\d]/g, ""));
  // The demo dataset is at the real Atlas's scale (about 12,700 partnerships, 140 countries).
  expect(await value("partnerships")).toBeGreaterThan(12_000);
  expect(await value("partnerships")).toBeLessThan(13_500);
  expect(await value("french-authorities")).toBeGreaterThan(4_000);
  expect(await value("countries")).toBeGreaterThanOrEqual(130);
  await expect(tiles.locator('[data-tile="funding"]')).toContainText(/\d\s(M|Md)€/);
  await expect(tiles.locator('[data-tile="funding"]')).toContainText(/montants connus pour \d+\s%\sdes partenariats/);
});

test("the DSFR's script starts after the page has loaded: the header's menu opens on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  // Started on load, when the browser is idle (dsfr-bootstrap): the DSFR marks the page when it runs.
  await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.locator("#header-menu-modal-fr-header")).toHaveClass(/fr-modal--opened/);
  await expect(page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Partenariats" })).toBeVisible();
  // The header is drawn by the server (components/layout/SiteHeader.tsx): the modal also holds the
  // language switch, closes with its button, and its links lead on.
  await expect(page.locator("#header-menu-modal-fr-header a.lang-switch")).toBeVisible();
  await page.getByRole("button", { name: "Fermer" }).click();
  await expect(page.locator("#header-menu-modal-fr-header")).not.toHaveClass(/fr-modal--opened/);
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Les données" }).click();
  await expect(page).toHaveURL(/\/donnees$/);
});

test("the header's menu opens on a phone in English too", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/donnees?lang=en");
  await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.locator("#header-menu-modal-fr-header")).toHaveClass(/fr-modal--opened/);
  const navigation = page.getByRole("navigation", { name: "Main menu" });
  await expect(navigation.getByRole("link", { name: "Partnerships" })).toHaveAttribute("href", "/partenariats?lang=en");
  await expect(page.getByRole("button", { name: "Close" })).toBeVisible();
});
