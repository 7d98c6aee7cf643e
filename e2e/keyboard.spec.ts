import { type Locator, type Page, expect, test } from "@playwright/test";

/**
 * Keyboard-only journeys (issue 13, item 1): every stop is reached with Tab (a bounded number of
 * presses), checked with toBeFocused, and must show a focus indicator (an outline or a box-shadow).
 */

/** What has the focus, for failure messages. */
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "nothing";
    const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? "";
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}> ${name}`;
  });

/** Presses Tab (Shift+Tab if `back`) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, what: string, { max = 40, back = false } = {}) {
  await expect(target, what).toBeAttached();
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectFocusVisible(target, what);
      return;
    }
    if (presses < max) await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${what}: not reached after ${max} presses of ${back ? "Shift+Tab" : "Tab"} (focus on ${await activeElement(page)})`);
}

/** The element has the focus and draws an indicator: a visible outline or a box-shadow. */
async function expectFocusVisible(target: Locator, what: string) {
  await expect(target, what).toBeFocused();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow };
  });
  const outlined = !style.outline.startsWith("none") && style.outline.split(" ")[1] !== "0px";
  expect(outlined || style.shadow !== "none", `${what}: focus indicator (outline ${style.outline}, box-shadow ${style.shadow})`).toBe(true);
}

/** Resolves once React has hydrated `element`: before that, keys change nothing but the DOM. */
async function hydrated(element: Locator) {
  await expect.poll(() => element.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber")))).toBe(true);
}

test("the dashboard with the keyboard only: filters, map skip link, a chart's Détail and table, the export menu", async ({ page }) => {
  // Some 250 key presses, each awaited: slow on a busy machine.
  test.setTimeout(180_000);
  await page.goto("/");
  await expect(page.locator("path.country").first()).toBeAttached();
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  const filters = page.getByRole("region", { name: "Filtres" });
  const theme = filters.getByLabel("Thématique", { exact: true });
  await hydrated(theme);

  // Every filter, in the page's order. A theme and a sub-theme are chosen with the arrow keys, which
  // enables the next level.
  await tabTo(page, filters.getByLabel("Rechercher dans les titres et descriptions"), "search", { max: 60 });
  await tabTo(page, theme, "Thématique");
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/theme=/);
  await expect(theme).toBeFocused();
  const subTheme = filters.getByLabel("Sous-thématique", { exact: true });
  await expect(subTheme).toBeEnabled();
  await tabTo(page, subTheme, "Sous-thématique");
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/subTheme=/);
  const subSubTheme = filters.getByLabel("Sous-sous-thématique", { exact: true });
  // A sub-theme without sub-sub-themes leaves the last level disabled: out of the Tab order then.
  if (await subSubTheme.isEnabled()) await tabTo(page, subSubTheme, "Sous-sous-thématique");
  // The suggestion fields' labels end with their hint.
  for (const label of [
    "Inclure les thématiques secondaires", "Pays partenaire", "Région du monde", "Catégorie de financeur", /^Financeur/, "Statut",
    /^Collectivité française/, "De", "À", "Période : partenariats",
  ]) {
    await tabTo(page, filters.getByLabel(label, { exact: true }), String(label), { max: 4 });
  }
  await tabTo(page, page.getByRole("slider").first(), "time slider", { max: 30 });

  // The map: its skip link leads past the countries' shapes to the list.
  const skip = page.getByRole("link", { name: "Passer la carte : aller à la liste des pays" });
  await tabTo(page, skip, "skip link", { max: 60 });
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const list = page.locator("#liste-pays");
  await expect.poll(() => list.evaluate((el) => el.contains(document.activeElement)), "Tab after the skip link lands in the country list").toBe(true);
  await expectFocusVisible(page.locator(":focus"), "first stop in the country list");

  // The themes chart: its export menu, a Détail, its table.
  // Under a theme and a sub-theme, the themes chart breaks them down by the next level.
  const themes = page.getByRole("region", { name: /par (sous-)*thématique/ }).first();
  const exportButton = themes.getByRole("button", { name: /^Exporter/ });
  await tabTo(page, exportButton, "themes' Exporter", { max: 300 });
  await page.keyboard.press("Enter");
  const menu = themes.locator(".export-menu__list");
  await expect(menu).toBeVisible();
  await expect(exportButton).toHaveAttribute("aria-expanded", "true");
  const items = menu.locator("a, button");
  await tabTo(page, items.first(), "first item of the export menu", { max: 1 });
  await tabTo(page, items.nth(1), "second item of the export menu", { max: 1 });
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expectFocusVisible(exportButton, "Exporter after Escape");

  const toggle = themes.getByRole("button", { name: "Afficher le tableau" });
  await tabTo(page, toggle, "themes' Afficher le tableau", { max: 3 });
  const detail = themes.locator("button.detail-button").first();
  await tabTo(page, detail, "themes' first Détail", { max: 30 });
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement)), "focus moves into the dialog").toBe(true);
  await expectFocusVisible(page.locator(":focus"), "focus in the Détail dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expectFocusVisible(detail, "Détail after Escape");

  await tabTo(page, toggle, "back to Afficher le tableau", { max: 30, back: true });
  await page.keyboard.press("Enter");
  await expect(themes.getByRole("table")).toBeVisible();
  await expectFocusVisible(themes.getByRole("button", { name: "Afficher le graphique" }), "table toggle after Enter");
});

test("a presentation played with the keyboard only", async ({ page }) => {
  const views = ["/?country=SN&panel=map", "/?country=SN&panel=themes", "/pays/SN"];
  await page.goto(`/presentation?${views.map((v) => `v=${encodeURIComponent(v)}`).join("&")}`);
  const present = page.getByRole("button", { name: "Présenter" });
  await hydrated(present);
  await tabTo(page, present, "Présenter", { max: 80 });
  await page.keyboard.press("Enter");
  const player = page.getByRole("dialog", { name: "Présentation en cours" });
  const heading = player.getByRole("heading", { level: 2 });
  const counter = (text: string) => expect(player.getByText(text, { exact: true })).toBeVisible();
  await expect(heading).toBeFocused();
  await counter("1 / 3");
  await page.keyboard.press("ArrowRight");
  await counter("2 / 3");
  await expect(heading).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await counter("3 / 3");
  await page.keyboard.press("ArrowLeft");
  await counter("2 / 3");
  // Tab stays in the player and shows where it is.
  await page.keyboard.press("Tab");
  await expect.poll(() => player.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await expectFocusVisible(page.locator(":focus"), "a control of the player");
  await page.keyboard.press("Escape");
  await expect(player).toBeHidden();
  await expectFocusVisible(present, "Présenter after Escape");
});
