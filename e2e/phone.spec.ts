import { type Locator, type Page, expect, test } from "@playwright/test";

// The dashboard on a phone (issue #14, items 1 and 5): the filters folded behind one button, the
// first figures in the first screen, the map and its list one under the other; and the country
// list beside the map on a wide screen, one line a country.

const PHONE = { width: 375, height: 800 };
const THEME = "environnement-climat-et-energie";

const filterButton = (page: Page) => page.getByRole("button", { name: /^Filtrer, / });
const filterForm = (page: Page) => page.getByRole("region", { name: "Filtres" });
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Resolves once React has hydrated `element`: before that, a key press changes nothing. */
async function hydrated(element: Locator) {
  await expect.poll(() => element.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber")))).toBe(true);
}

const chips = (page: Page) => page.getByRole("group", { name: "Filtres actifs" }).getByRole("button", { name: /^Retirer le filtre/ });

test.describe("at 375 × 800", () => {
  test.use({ viewport: PHONE });

  test("the first headline figure is on the first screen, the filters folded", async ({ page }) => {
    await page.goto("/");
    const first = page.getByRole("list", { name: "Chiffres clés" }).locator(".tile-value").first();
    await expect(first).toBeVisible();
    await expect(first).toBeInViewport({ ratio: 1 });
    await expect(filterButton(page)).toHaveAccessibleName("Filtrer, aucun filtre actif");
    await expect(filterButton(page)).toHaveText("Filtrer");
    await expect(filterForm(page)).toBeHidden();
    // Two tiles a row: the second beside the first.
    const [one, two] = await page.locator("[data-tile]").evaluateAll((tiles) => tiles.slice(0, 2).map((tile) => tile.getBoundingClientRect().top));
    expect(two).toBe(one);
  });

  test("the filter button says how many filters are active, opens and closes the form, the chips always in view", async ({ page }) => {
    await page.goto(`/?country=SN&theme=${THEME}`);
    const button = filterButton(page);
    await expect(button).toHaveAccessibleName("Filtrer, 2 filtres actifs");
    await expect(button).toHaveText("Filtrer (2)");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(filterForm(page)).toBeHidden();
    await expect(chips(page)).toHaveText(["Environnement, Climat et Energie", "Sénégal"]);
    await expect(chips(page).first()).toBeVisible();

    // The button controls the element that holds the form.
    const controlled = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
    await expect(controlled.getByRole("region", { name: "Filtres", includeHidden: true })).toBeAttached();

    // Opened with the keyboard.
    await hydrated(button);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(filterForm(page)).toBeVisible();
    await expect(button).toBeFocused();

    // A filter set in the unfolded form goes to the URL, the count and the chips follow.
    // (The change waits for the state parser's chunk: on a busy machine, tried again.)
    await expect(async () => {
      await filterForm(page).getByLabel("Statut").selectOption("ongoing");
      await expect(page).toHaveURL(/status=ongoing/, { timeout: 5_000 });
    }).toPass({ timeout: 40_000 });
    await expect(button).toHaveAccessibleName("Filtrer, 3 filtres actifs");
    await expect(chips(page)).toHaveCount(3);

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(filterForm(page)).toBeHidden();
    await expect(chips(page).first()).toBeVisible();
    // Removing a chip while folded updates the button.
    await page.getByRole("button", { name: "Retirer le filtre Sénégal" }).click();
    await expect(page).not.toHaveURL(/country=SN/);
    await expect(button).toHaveAccessibleName("Filtrer, 2 filtres actifs");
  });

  test("no horizontal overflow; the map at least 300 px high, the country list under it", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("path.country").first()).toBeAttached();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const map = (await page.locator(".country-map-frame").boundingBox())!;
    const list = (await page.locator("#liste-pays").boundingBox())!;
    expect(map.height).toBeGreaterThanOrEqual(300);
    expect(list.y).toBeGreaterThanOrEqual(map.y + map.height);
  });

  test("the bar charts' labels wrap on two lines before any is cut", async ({ page }) => {
    await page.goto("/");
    const labels = page.locator("#themes .chart-bar__label");
    // Laid out again at the phone's width once measured: some label runs over two lines.
    await expect(labels.filter({ has: page.locator("tspan:nth-child(2)") }).first()).toBeAttached();
    const texts = await labels.allTextContents();
    expect(texts.length).toBeGreaterThan(3);
    // A label is cut only once two lines cannot hold it (its full name is in the bar's name, e2e/labels.spec.ts).
    const cutOnOneLine = await labels.evaluateAll((all) => all.filter((label) => label.textContent?.endsWith("…") && label.querySelectorAll("tspan").length < 2).length);
    expect(cutOnOneLine).toBe(0);
  });
});

test.describe("at 1280 px", () => {
  test("the filter form is open as before, with no folding button", async ({ page }) => {
    await page.goto(`/?country=SN`);
    await expect(filterForm(page)).toBeVisible();
    await expect(filterForm(page).getByLabel("Statut")).toBeVisible();
    await expect(filterButton(page)).toBeHidden();
  });

  test("the country list: one line a country, its name the link to its page, a Détail naming it", async ({ page }) => {
    await page.goto(`/?theme=${THEME}`);
    const list = page.getByRole("table", { name: /Pays partenaires/ });
    const rows = list.locator("tbody tr[data-country]");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const code = await row.getAttribute("data-country");
      const link = row.getByRole("link");
      const name = (await link.innerText()).trim();
      expect(name.length).toBeGreaterThan(0);
      await expect(link).toHaveAttribute("href", `/pays/${code}?theme=${THEME}`);
      await expect(row.getByRole("button", { name: new RegExp(`^Détail : ${escaped(name)} — \\d`) })).toHaveCount(1);
      await expect(row.getByRole("button", { name: `Filtrer sur ${name}` })).toHaveCount(1);
      // One line: the row is no taller than 1.6 lines of its text.
      const [height, line] = await row.evaluate((tr) => [tr.getBoundingClientRect().height, Number.parseFloat(getComputedStyle(tr.querySelector("td")!).lineHeight)]);
      expect(height, `row of ${name}`).toBeLessThanOrEqual(1.6 * line!);
    }
    // The figures right-aligned in tabular digits.
    const cell = list.locator("tbody td").first();
    await expect(cell).toHaveCSS("text-align", "right");
    await expect(cell).toHaveCSS("font-variant-numeric", "tabular-nums");

    // The name leads to the country's page, the filters kept.
    const first = rows.first();
    const code = await first.getAttribute("data-country");
    await first.getByRole("link").click();
    await expect(page).toHaveURL(`/pays/${code}?theme=${THEME}`);
  });
});
