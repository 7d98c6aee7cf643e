import { readFile } from "node:fs/promises";
import { type Page, expect, test } from "@playwright/test";
import { readPptx } from "../lib/export/pptx-package.testutil";

const THEMES = "Financements déclarés par thématique";
const FINANCERS = "Principaux financeurs";
const MAP = "Pays partenaires · nombre de partenariats";

const panel = (page: Page, name: RegExp) => page.getByRole("region", { name }).first();
const player = (page: Page) => page.getByRole("dialog", { name: "Présentation en cours" });

/** Adds a dashboard panel to the working deck through its export menu. */
async function addFromMenu(page: Page, name: RegExp, count: number) {
  const region = panel(page, name);
  await region.getByRole("button", { name: /^Exporter/ }).click();
  await region.getByRole("button", { name: "Ajouter à la présentation" }).click();
  // The menu's live region (aria-live, not role="status": a panel's status is its empty state).
  const status = region.locator(".export-menu [aria-live]").filter({ hasText: "présentation" });
  await expect(status).toContainText(`Ajouté à la présentation (${count} ${count > 1 ? "vues" : "vue"})`);
  await expect(status.getByRole("link", { name: "Voir la présentation" })).toHaveAttribute("href", "/presentation");
  await page.keyboard.press("Escape");
}

/** The slide's title in the player, which has the focus, and the counter. */
async function expectSlide(page: Page, title: string | RegExp, counter: string) {
  const heading = player(page).getByRole("heading", { level: 2 });
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  await expect(player(page).getByText(counter, { exact: true })).toBeVisible();
}

test.describe("presentation", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("three views from the dashboard's menus, reordered, played with the keyboard and exported in the new order", async ({ page }) => {
    await page.goto("/?country=SN&yearFrom=2012");
    await addFromMenu(page, /par thématique/, 1);
    await addFromMenu(page, /^Principaux financeurs/, 2);
    await addFromMenu(page, /^Pays partenaires/, 3);
    // The same view twice is one slide.
    const themes = panel(page, /par thématique/);
    await themes.getByRole("button", { name: /^Exporter/ }).click();
    await themes.getByRole("button", { name: "Ajouter à la présentation" }).click();
    await expect(themes.getByText(/déjà dans la présentation/)).toHaveText(/^Cette vue est déjà dans la présentation \(3 vues\)/);

    await page.goto("/presentation");
    await expect(page.getByRole("heading", { name: "Présentation en cours dans ce navigateur : 3 vues." })).toBeVisible();
    await page.getByRole("link", { name: "Ouvrir la présentation" }).click();
    await expect(page).toHaveURL(/\/presentation\?v=.*&d=\d{4}-\d{2}-\d{2}_[0-9a-f]{12}$/);
    const titles = page.locator(".deck-list__item .fr-text--bold");
    await expect(titles).toHaveText([THEMES, FINANCERS, MAP]);

    // The map up twice, with the keyboard: the focus stays on the moved slide's buttons.
    const up = page.getByRole("button", { name: `Monter : ${MAP}` });
    await up.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "en position" })).toHaveText(`« ${MAP} » en position 2 sur 3.`);
    await expect(up).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "en position" })).toHaveText(`« ${MAP} » en position 1 sur 3.`);
    await expect(up).toBeDisabled();
    await expect(page.getByRole("button", { name: `Descendre : ${MAP}` })).toBeFocused();
    await expect(titles).toHaveText([MAP, THEMES, FINANCERS]);
    // The URL is the deck: reloaded, it keeps the order.
    expect(new URL(page.url()).searchParams.getAll("v")).toEqual([
      "/?country=SN&yearFrom=2012&panel=map",
      "/?country=SN&yearFrom=2012&panel=themes",
      "/?country=SN&yearFrom=2012&panel=financers",
    ]);
    await page.reload();
    await expect(titles).toHaveText([MAP, THEMES, FINANCERS]);

    await page.getByRole("button", { name: "Présenter" }).click();
    await expectSlide(page, MAP, "1 / 3");
    await expect(player(page).getByText("Pays : Sénégal · Années : à partir de 2012")).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expectSlide(page, THEMES, "2 / 3");
    const image = player(page).getByRole("img");
    await expect(image).toHaveAttribute("src", "/export/themes.svg?country=SN&yearFrom=2012");
    await expect(image).toHaveAttribute("alt", /^Sénégal, à partir de 2012 : \d/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.keyboard.press("End");
    await expectSlide(page, FINANCERS, "3 / 3");
    await page.keyboard.press("Home");
    await expectSlide(page, MAP, "1 / 3");
    await page.keyboard.press("Escape");
    await expect(player(page)).toBeHidden();
    await expect(page.getByRole("button", { name: "Présenter" })).toBeFocused();

    const link = page.getByRole("link", { name: "Télécharger en PowerPoint (PPTX)" });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^presentation-atlas-cooperation-\d{4}-\d{2}-\d{2}\.pptx$/);
    const deck = await readPptx(await readFile((await download.path())!));
    expect(deck.slides.map((slide) => slide.texts[0])).toEqual([MAP, THEMES, FINANCERS]);
    expect(deck.slides.map((slide) => [slide.media.length, slide.charts.length])).toEqual([[1, 0], [0, 1], [0, 1]]);
  });

  test("a country page added to the deck, shown, then removed", async ({ page }) => {
    await page.goto("/pays/SN?yearFrom=2015");
    await page.getByRole("button", { name: "Ajouter à la présentation" }).click();
    const status = page.getByRole("status").filter({ hasText: "présentation" });
    await expect(status).toContainText("Ajouté à la présentation (1 vue)");
    await status.getByRole("link", { name: "Voir la présentation" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Pays partenaire : Sénégal" })).toBeVisible();
    await page.getByRole("link", { name: "Ouvrir la présentation" }).click();
    expect(new URL(page.url()).searchParams.getAll("v")).toEqual(["/pays/SN?yearFrom=2015"]);

    await page.getByRole("button", { name: "Présenter" }).click();
    await expectSlide(page, "Pays partenaire : Sénégal", "1 / 1");
    const figures = player(page).getByRole("listitem");
    await expect(figures.first()).toHaveText(/^\d[\d\s]* partenariats?$/);
    await expect(figures.filter({ hasText: "de financements déclarés" })).toHaveCount(1);
    await player(page).getByRole("button", { name: "Quitter" }).click();
    await expect(player(page)).toBeHidden();

    await page.getByRole("button", { name: "Retirer : Pays partenaire : Sénégal" }).click();
    await expect(page.getByRole("status").filter({ hasText: "retirée" })).toHaveText("« Pays partenaire : Sénégal » retirée de la présentation.");
    await expect(page.getByRole("heading", { name: "Diapositives (0)" })).toBeFocused();
    await expect(page).toHaveURL(/\/presentation$/);
    await expect(page.getByRole("button", { name: "Présenter" })).toBeDisabled();
    await page.goto("/presentation");
    await expect(page.getByText("Votre présentation est vide.")).toBeVisible();
  });

  test("a deck opened after the data changed says so, and leaves out a view that is not one", async ({ page }) => {
    await page.goto(`/presentation?v=${encodeURIComponent("/?panel=themes")}&v=%2Fdonnees&d=2020-01-01_000000000000`);
    await expect(page.getByRole("heading", { name: "Les données ont changé depuis la création de cette présentation" })).toBeVisible();
    await expect(page.getByText(/^Vue 2 laissée de côté : « \/donnees » n'est pas une vue/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Télécharger en PowerPoint (PPTX)" })).toHaveAttribute(
      "href",
      `/export/deck.pptx?v=${encodeURIComponent("/?panel=themes")}&d=2020-01-01_000000000000`,
    );
  });

  test("a panel in full screen, and its embed code", async ({ page }) => {
    await page.goto("/?country=SN");
    const themes = panel(page, /par thématique/);
    await themes.getByRole("button", { name: /^Exporter/ }).click();
    await themes.getByRole("button", { name: "Plein écran" }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe("themes");
    await themes.getByRole("button", { name: /^Exporter/ }).click();
    await themes.getByRole("button", { name: "Quitter le plein écran" }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBeNull();

    await themes.getByRole("button", { name: /^Exporter/ }).click();
    await themes.getByRole("button", { name: "Code d'intégration" }).click();
    const code = themes.getByRole("textbox", { name: "Code HTML pour intégrer cette vue dans une autre page" });
    const origin = new URL(page.url()).origin;
    await expect(code).toHaveValue(
      `<iframe src="${origin}/embed/themes?country=SN" title="${THEMES}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`,
    );
    await themes.getByRole("button", { name: "Copier le code" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test("the deck's PowerPoint refuses an empty deck, a view that is not one and an unknown parameter", async ({ request }) => {
    for (const url of ["/export/deck.pptx", "/export/deck.pptx?v=%2Fdonnees", "/export/deck.pptx?v=%2Fpays%2FZZ", "/export/deck.pptx?v=%2F%3Fpanel%3Dmap&x=1"]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect((await response.json()).error.code, url).toBe("bad_parameter");
    }
    const ok = await request.get(`/export/deck.pptx?v=${encodeURIComponent("/?panel=years")}`);
    expect(ok.status()).toBe(200);
    expect(ok.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
  });
});
