import { type Page, expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

/** "12 400 000 €" → 12400000. */
const euros = (text: string) => Number(text.replace(/[^\d,-]/g, "").replace(",", "."));

const panel = (page: Page, name: RegExp | string) => page.getByRole("region", { name });
const dialog = (page: Page) => page.getByRole("dialog");

async function settled(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

/** Clicks a server-rendered button until its dialog opens: a click before hydration does nothing. */
async function openDetail(page: Page, button: ReturnType<Page["locator"]>) {
  await expect(async () => {
    if ((await dialog(page).count()) === 0) await button.click();
    await expect(dialog(page)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test("Détail on a theme's bar lists partnerships adding up to it, pages, exports them and gives the focus back", async ({ page, request }) => {
  await page.goto("/");
  const themes = panel(page, /par thématique/);
  const button = themes.getByRole("button", { name: /^Détail : / }).first();
  await expect(button).toBeVisible();
  // "Détail : Environnement, Climat et Energie — 12,4 M€": the bar's label and value as drawn.
  const name = (await button.getAttribute("aria-label"))!;
  const [, label, shown] = /^Détail : (.+) — (.+)$/.exec(name)!;
  await openDetail(page, button);
  await expect(page).toHaveURL(/detail=themes%3A|detail=themes:/);
  await expect(dialog(page).getByRole("heading", { level: 1 })).toHaveText(`Détail : ${label} — ${shown}`);
  const total = dialog(page).locator(".detail-total");
  await expect(total).toHaveText(/^Total : .+ = le montant du graphique$/);
  const sum = euros((await total.innerText()).replace(/=.*/, ""));
  const rows = dialog(page).locator("tbody tr");
  await expect(rows.first().getByRole("link")).toHaveAttribute("href", /^\/partenariats\//);

  // The next page: other partnerships, the page in the URL.
  const pages = dialog(page).getByRole("navigation", { name: "Pages du détail" });
  await expect(pages).toContainText(/Page 1 sur \d+/);
  const firstId = await rows.first().getAttribute("data-partnership");
  await pages.getByRole("button", { name: "Page suivante" }).click();
  await expect(pages).toContainText(/Page 2 sur \d+/);
  await expect(page).toHaveURL(/detailPage=2/);
  await expect(rows.first()).not.toHaveAttribute("data-partnership", firstId!);

  // The CSV: every row, its total line the bar's value.
  const href = (await dialog(page).getByRole("link", { name: /Exporter en CSV/ }).getAttribute("href"))!;
  expect(href).toMatch(/^\/export\/detail\.csv\?/);
  expect(href).not.toMatch(/page=/);
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  const records: string[][] = parse(await response.body(), { delimiter: ";", bom: true, relax_column_count: true });
  const header = records.findIndex((record) => record[0] === "Identifiant");
  const column = records[header]!.indexOf("Contribution (€)");
  const last = records.at(-1)!;
  expect(last[0]).toBe("Total");
  expect(Math.round(Number(last[column]!.replace(/\s/g, "").replace(",", ".")))).toBe(sum);

  // Escape closes it, through the URL, and the button has the focus again.
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/detail=/);
  await expect(button).toBeFocused();

  // The sum is the table's figure for that row, to the euro.
  await themes.getByRole("button", { name: "Afficher le tableau" }).click();
  const row = themes.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  expect(euros(await row.locator("td").first().innerText())).toBe(sum);
});

test("Détail on a country of the map's list, and a detail link reopens it", async ({ page }) => {
  await page.goto("/");
  const list = page.getByRole("table", { name: /Pays partenaires/ });
  const first = list.locator("tbody tr").first();
  const country = (await first.locator(".country-list-name").innerText()).trim();
  const partnerships = (await first.locator("td").first().innerText()).trim();
  await openDetail(page, first.getByRole("button", { name: /^Détail : / }));
  await expect(dialog(page).getByRole("heading", { level: 1 })).toHaveText(`Détail : ${country} — ${partnerships}`);
  await expect(dialog(page).locator(".detail-total")).toHaveText(`Total : ${partnerships} = le nombre du graphique`);
  const url = page.url();
  expect(url).toMatch(/detail=map/);

  // A link to the opened detail opens it.
  await page.goto(url);
  await settled(page);
  await expect(dialog(page).getByRole("heading", { level: 1 })).toHaveText(`Détail : ${country} — ${partnerships}`);
  await page.getByRole("button", { name: "Fermer" }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/detail=/);
});

test("a year's column and a segment of it", async ({ page }) => {
  await page.goto("/");
  const years = panel(page, /par année/);
  const column = years.locator(".chart-year-details").getByRole("button", { name: /^Détail : \d{4} — / }).last();
  const name = (await column.getAttribute("aria-label"))!;
  await openDetail(page, column);
  await expect(dialog(page).getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(dialog(page).locator(".detail-total")).toHaveText(/= le montant du graphique$/);
  await page.keyboard.press("Escape");
  await expect(column).toBeFocused();

  await years.getByRole("button", { name: "Afficher le tableau" }).click();
  const segment = years.locator("tbody tr").last().getByRole("button", { name: /^Détail : \d{4} · / }).first();
  const [, label, value] = /^Détail : (.+) — (.+)$/.exec((await segment.getAttribute("aria-label"))!)!;
  await segment.click();
  await expect(page).toHaveURL(/detailSegment=/);
  await expect(dialog(page).getByRole("heading", { level: 1 })).toContainText(label!);
  await expect(dialog(page).locator(".detail-total")).toHaveText(`Total : ${value} = le montant du graphique`);
});

test("Détail on the headline tiles: the partnerships behind the figure, their sum the tile's, the focus back on the button", async ({ page }) => {
  const filters = "country=SN";
  const summary = (await (await page.request.get(`/api/summary?${filters}`)).json()) as { partnerships: number; amount: number };
  await page.goto(`/?${filters}`);
  await settled(page);
  const tiles = page.getByRole("list", { name: "Chiffres clés" });

  // The funding tile: "Détail : 1,2 M€ de financements déclarés".
  const funding = tiles.locator('[data-tile="funding"]');
  const shownAmount = (await funding.locator(".tile-value").innerText()).trim();
  const fundingButton = funding.getByRole("button", { name: `Détail : ${shownAmount} de financements déclarés` });
  await openDetail(page, fundingButton);
  await expect(page).toHaveURL(/detail=summary(%3A|:)amount/);
  await expect(dialog(page).getByRole("heading", { level: 1 })).toHaveText(`Détail : ${shownAmount} de financements déclarés`);
  const total = dialog(page).locator(".detail-total");
  await expect(total).toHaveText(/^Total : .+ = le chiffre clé$/);
  // The sum over every page is /api/summary's amount, to the cent, and printed to the euro.
  expect(Number(await total.getAttribute("data-value"))).toBe(summary.amount);
  expect(Math.abs(Number(await total.getAttribute("data-sum")) - summary.amount)).toBeLessThan(0.005);
  expect(euros((await total.innerText()).replace(/=.*/, ""))).toBe(Math.round(summary.amount));
  await expect(dialog(page).locator("tbody tr").first().getByRole("link")).toHaveAttribute("href", /^\/partenariats\//);
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/detail=/);
  await expect(fundingButton).toBeFocused();

  // The partnerships tile: the total printed as the tile prints it.
  const partnerships = tiles.locator('[data-tile="partnerships"]');
  const shownCount = (await partnerships.locator(".tile-value").innerText()).trim();
  expect(Number(shownCount.replace(/\D/g, ""))).toBe(summary.partnerships);
  const countButton = partnerships.getByRole("button", { name: `Détail : ${shownCount} partenariats` });
  await openDetail(page, countButton);
  await expect(dialog(page).getByRole("heading", { level: 1 })).toHaveText(`Détail : ${shownCount} partenariats`);
  await expect(dialog(page).locator(".detail-total")).toHaveText(`Total : ${shownCount} = le chiffre clé`);
  await expect(dialog(page).getByText(`${shownCount} partenariats contribuent à ce nombre.`)).toBeVisible();
  const first = dialog(page).locator("tbody tr").first().getByRole("link");
  await expect(first).toHaveAttribute("href", /^\/partenariats\//);
  await page.getByRole("button", { name: "Fermer" }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(countButton).toBeFocused();

  // The countries tile points to the map's list.
  await expect(tiles.locator('[data-tile="countries"]').getByRole("link", { name: /^Voir les pays/ })).toHaveAttribute("href", "#map");

  // A profile page's tiles have no dialog to open: no Détail.
  await page.goto("/pays/SN");
  const profileTiles = page.getByRole("list", { name: "Chiffres clés" });
  await expect(profileTiles.locator('[data-tile="partnerships"] .tile-value')).toBeVisible();
  await expect(profileTiles.getByRole("button")).toHaveCount(0);
  await expect(profileTiles.getByRole("link")).toHaveCount(0);
});
