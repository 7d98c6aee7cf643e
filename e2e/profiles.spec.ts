import { type Page, expect, test } from "@playwright/test";

const THEME = "environnement-climat-et-energie";
const THEME_LABEL = "Environnement, Climat et Energie";

/** The number shown by a headline tile. */
async function tile(page: Page, id: string): Promise<number> {
  const text = await page.locator(`[data-tile="${id}"] .tile-value`).innerText();
  return Number(text.replace(/[^\d]/g, ""));
}

const breadcrumb = (page: Page) => page.getByRole("navigation", { name: "vous êtes ici :" });

test("dashboard → country → partnership → authority → back to the dashboard, the theme filter kept all along", async ({ page }) => {
  await page.goto(`/?theme=${THEME}`);
  // The country list's names are the links to the countries' pages.
  await page.getByRole("table", { name: /Pays partenaires/ }).getByRole("link", { name: "Maroc", exact: true }).click();
  await expect(page).toHaveURL(`/pays/MA?theme=${THEME}`);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maroc");
  await expect(page.getByTestId("profile-filters")).toContainText(THEME_LABEL);
  await expect(page.getByText("Afrique du Nord et Moyen-Orient")).toBeVisible();
  const partnerships = await tile(page, "partnerships");
  expect(partnerships).toBeGreaterThan(0);
  // A country's page counts where its French partners are, not "1 pays partenaire".
  expect(await tile(page, "french-regions")).toBeGreaterThanOrEqual(1);
  await expect(page.locator('[data-tile="countries"]')).toHaveCount(0);
  const seeAll = page.getByRole("link", { name: /^Voir les .* partenariats$/ }).first();
  expect(Number((await seeAll.innerText()).replace(/[^\d]/g, ""))).toBe(partnerships);
  await expect(seeAll).toHaveAttribute("href", `/partenariats?country=MA&theme=${THEME}`);
  await expect(page.getByRole("link", { name: "Voir sur le tableau de bord" })).toHaveAttribute("href", `/?country=MA&theme=${THEME}`);
  // Charts: funding by year, and, under a theme filter, by sub-theme (as on the dashboard).
  await expect(page.getByRole("region", { name: /par année/ }).locator("svg [data-year]").first()).toBeVisible();
  await expect(page.getByRole("region", { name: /par sous-thématique/ }).locator("svg [data-key]").first()).toBeVisible();
  await expect(page.getByRole("region", { name: /par année/ }).getByText(`Maroc · ${THEME_LABEL}`)).toBeVisible();
  // The map outlines Morocco; the authorities involved link to their pages with the user's filter.
  await expect(page.locator(".leaflet-container path.country-MA")).toHaveAttribute("stroke", "#161616");
  const authorities = page.getByRole("table", { name: /Collectivités françaises engagées/ });
  await expect(authorities.getByRole("link").first()).toHaveAttribute("href", new RegExp(`^/collectivites/[a-z]+-[\\w-]+\\?theme=${THEME}$`));

  const list = page.getByRole("table", { name: /partenariats les plus récents/ });
  const first = list.getByRole("link").first();
  await expect(first).toHaveAttribute("href", new RegExp(`^/partenariats/[\\w-]+\\?theme=${THEME}$`));
  await first.click();

  await expect(page).toHaveURL(new RegExp(`/partenariats/[\\w-]+\\?theme=${THEME}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const authority = page.getByRole("table", { name: /Collectivités territoriales partenaires/ }).getByRole("link").first();
  const authorityName = (await authority.innerText()).trim();
  await authority.click();

  await expect(page).toHaveURL(new RegExp(`/collectivites/[\\w-]+\\?theme=${THEME}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(authorityName);
  await expect(page.getByTestId("profile-filters")).toContainText(THEME_LABEL);
  expect(await tile(page, "partnerships")).toBeGreaterThan(0);

  await breadcrumb(page).getByRole("link", { name: "Tableau de bord" }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?theme=${THEME}$`));
  await expect(page.getByLabel("Thématique", { exact: true })).toHaveValue(THEME);
});

test("unknown countries, authorities and themes are 404s that suggest pages that exist", async ({ page, request }) => {
  for (const path of ["/pays/ZZ", "/pays/FR", "/collectivites/commune-00000", "/thematiques/inconnue"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  await page.goto("/pays/ZZ");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pays introuvable");
  await page.getByRole("link", { name: "Maroc", exact: true }).click();
  await expect(page).toHaveURL(/\/pays\/MA$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maroc");

  await page.goto("/thematiques/inconnue");
  await expect(page.getByRole("link", { name: "Economie durable" })).toHaveAttribute("href", "/thematiques/economie-durable");
});

test("a country code in lower case leads to its page, filters kept", async ({ page }) => {
  await page.goto(`/pays/ma?theme=${THEME}`);
  await expect(page).toHaveURL(new RegExp(`/pays/MA\\?theme=${THEME}$`));
});

test("Paris: its identity, more than 100 partnerships, its partner countries linked to their pages", async ({ page }) => {
  await page.goto("/collectivites/commune-75056");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paris");
  const facts = page.locator("dl.profile-facts");
  await expect(facts).toContainText("Commune");
  await expect(facts).toContainText("75056");
  await expect(facts).toContainText("Île-de-France");
  expect(await tile(page, "partnerships")).toBeGreaterThan(100);
  const countries = page.getByRole("table", { name: /Ses pays partenaires/ });
  expect(await countries.getByRole("link").count()).toBe(await tile(page, "countries"));
  await expect(countries.getByRole("link", { name: "Maroc" })).toHaveAttribute("href", "/pays/MA");
  await expect(page.locator("path.country").first()).toBeAttached();
  await expect(page.getByRole("table", { name: /partenariats les plus récents/ }).locator("tbody tr")).toHaveCount(20);
  await expect(page.getByRole("link", { name: "Voir sur le tableau de bord" })).toHaveAttribute("href", "/?authority=commune-75056");
});

test("a theme page lists its sub-themes, each leading to the dashboard filtered on it", async ({ page }) => {
  await page.goto("/thematiques/economie-durable");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Economie durable");
  const subThemes = page.getByRole("table", { name: /^Sous-thématiques/ });
  expect(await subThemes.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
  const link = subThemes.getByRole("link").first();
  await expect(link).toHaveAttribute("href", /^\/\?subTheme=[\w-]+&theme=economie-durable$/);
  await expect(page.getByRole("table", { name: /Principaux pays partenaires/ }).getByRole("link")).toHaveCount(15);
  await link.click();
  await expect(page).toHaveURL(/subTheme=[\w-]+&theme=economie-durable/);
  await expect(page.getByLabel("Thématique", { exact: true })).toHaveValue("economie-durable");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a country page still shows its figures, charts and partnerships", async ({ page }) => {
    await page.goto(`/pays/MA?theme=${THEME}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maroc");
    expect(await tile(page, "partnerships")).toBeGreaterThan(0);
    await expect(page.getByRole("region", { name: /par année/ }).locator("svg [data-year]").first()).toBeVisible();
    await expect(page.getByRole("table", { name: /partenariats les plus récents/ }).getByRole("link").first()).toBeVisible();
  });
});
