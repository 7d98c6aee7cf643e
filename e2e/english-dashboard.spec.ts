import { type Page, expect, test } from "@playwright/test";
import JSZip from "jszip";

// The dashboard in English (?lang=en): its words, its numbers, its links and its files. The
// language switch itself is english.spec.ts's.

/** Words of the French interface that no English dashboard shows (data names aside: these are UI-only). */
const FRENCH_UI_WORDS = [
  "Partenariats",
  "Financements",
  "Montant",
  "Tableau de bord",
  "Télécharger",
  "Pays partenaires",
  "Filtrer les partenariats",
  "Toutes les thématiques",
  "Exporter",
  "Afficher le tableau",
  "Détail",
  "Chiffres clés",
  "Classer par",
  "Aucun filtre",
  "Légende",
  "Parcourir",
];

const main = (page: Page) => page.locator("main");

async function openEnglish(page: Page, query = "") {
  await page.goto(`/?lang=en${query}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('[data-tile="partnerships"] .tile-value')).toBeVisible();
}

test("the English dashboard: every link keeps the language, no French UI word, English numbers", async ({ page }) => {
  await openEnglish(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Decentralised cooperation in figures");
  // The switch to French is the one link without the parameter.
  const hrefs = await page.locator('a[href^="/"]:not(.lang-switch)').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const own = hrefs.filter((href) => !href.startsWith("/_next") && href !== "/#");
  expect(own.length).toBeGreaterThan(20);
  expect(own.filter((href) => !new URL(href, "http://x").searchParams.has("lang", "en"))).toEqual([]);

  const text = await main(page).innerText();
  expect(FRENCH_UI_WORDS.filter((word) => text.includes(word))).toEqual([]);
  // Tiles: "12,708" and "€53.6m", no narrow no-break space nor "M€".
  const partnerships = (await page.locator('[data-tile="partnerships"] .tile-value').innerText()).trim();
  expect(partnerships).toMatch(/^\d{1,3}(,\d{3})*$/);
  await expect(page.locator('[data-tile="funding"] .tile-value')).toHaveText(/^€\d+(\.\d)?(k|m|bn)?$/);
  await expect(page.getByRole("list", { name: "Key figures" })).toBeVisible();
  await expect(page.getByRole("link", { name: `See the list of the ${partnerships} partnerships` })).toHaveAttribute("href", /lang=en/);
  expect(text).not.toMatch(/\d\u202f\d{3}|M€|k€/);
});

test("the English dashboard's filters, chips, panels, map and time slider", async ({ page }) => {
  await openEnglish(page, "&country=SN&status=ongoing");
  const filters = page.getByRole("region", { name: "Filters" });
  await expect(filters.getByRole("heading", { name: "Filter the partnerships" })).toBeVisible();
  await expect(filters.getByLabel("Status")).toContainText("Ongoing");
  await expect(filters.getByLabel("Status").locator("option")).toHaveText(["All statuses", "Ongoing", "Completed"]);
  await expect(filters.getByLabel("World region").locator("option")).toHaveText(["Add a region…", "Europe", "Sub-Saharan Africa", "North Africa and Middle East", "Americas", "Asia and Oceania"]);
  await expect(filters.getByLabel("Funder category").locator("option").nth(1)).not.toHaveText(/Ministère/);
  const chips = page.getByRole("group", { name: "Active filters" });
  await expect(chips.getByRole("button", { name: "Remove the filter Senegal" })).toBeVisible();
  await expect(chips.getByRole("button", { name: "Remove the filter Ongoing" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reset the filters" })).toBeVisible();

  // Panels: titles, the theme breakdown and its table in English.
  await expect(page.locator("#themes-titre")).toHaveText("Declared funding by theme");
  await expect(page.locator("#financer-categories-titre")).toHaveText("Funding by funder category");
  await expect(page.locator("#top-countries-titre")).toHaveText("Main partner countries (by number of partnerships)");
  await expect(page.locator("#years-titre")).toHaveText("Declared funding by year and funder category");
  await expect(page.locator("#years .chart-legend")).toContainText("Active partnerships (right-hand axis)");
  await expect(async () => {
    await page.locator("#themes").getByRole("button", { name: "Show the table" }).click();
    await expect(page.locator("#themes table thead")).toContainText("Declared amount", { timeout: 2_000 });
  }).toPass();
  await expect(page.locator("#themes table tfoot")).toContainText(/€[\d,]+/);

  // The map: its title, its legend, its list and its shapes' names, in English.
  await expect(page.locator("#map-title")).toHaveText("Partner countries · number of partnerships");
  await expect(page.locator(".map-legend-title").first()).toHaveText("Partnerships by country");
  await expect(page.locator(".country-map-frame")).toHaveAttribute("aria-label", /^Map of partner countries: /);
  await expect(page.locator("#liste-pays caption")).toContainText("Partner countries");
  await expect(page.locator('#liste-pays [data-country="SN"]')).toContainText("Senegal");
  await expect(page.locator('.leaflet-interactive[aria-label^="Senegal: Partnerships"]').first()).toBeAttached();

  // The time slider.
  await expect(page.getByRole("heading", { name: "Browse the years" })).toBeVisible();
  await expect(page.getByLabel("Year", { exact: true })).toHaveAttribute("aria-valuetext", /.+/);
});

test("the English Détail dialog and export menu", async ({ page }) => {
  await openEnglish(page);
  const funding = page.locator('[data-tile="funding"]');
  await expect(async () => {
    await funding.getByRole("button", { name: /^Details: / }).click();
    await expect(page.getByRole("dialog")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  const dialog = page.getByRole("dialog");
  await expect(dialog.locator(".detail-total")).toHaveText(/^Total: €[\d,]+ = /);
  await expect(dialog.getByRole("link", { name: /CSV/ })).toHaveAttribute("href", /lang=en/);
  await expect(dialog.locator("tbody a").first()).toHaveAttribute("href", /lang=en/);
  expect(await dialog.innerText()).not.toMatch(/Détail|Partenariats|Fermer/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const themes = page.locator("#themes");
  await themes.getByRole("button", { name: /^Export “/ }).click();
  const links = themes.locator(".export-menu__list a");
  await expect(links).toHaveText(["CSV table", "Excel table (XLSX)", /PNG/, /SVG/, /PowerPoint/]);
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href") ?? ""))) expect(href).toMatch(/[?&]lang=en$/);
});

test("the themes panel's files in English, and in French without the parameter", async ({ request }) => {
  const csv = await (await request.get("/export/themes.csv?lang=en")).text();
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[1]).toBe("Declared funding by theme");
  // English spreadsheets read "," between cells and a decimal point; French ones ";" and a comma.
  expect(lines).toContain("Theme,Declared amount (€),Partnerships");
  expect(csv).not.toMatch(/Montant|Partenariats|Données au/);
  const french = await (await request.get("/export/themes.csv")).text();
  expect(french).toContain(";Montant déclaré (€);");

  const svg = await (await request.get("/export/themes.svg?lang=en")).text();
  expect(svg).toContain("Declared funding by theme");
  expect(svg).toContain("Source: French Atlas of decentralised cooperation (MEAE)");
  expect(svg).not.toMatch(/Financements|Données au|M€/);

  const pptx = await JSZip.loadAsync(await (await request.get("/export/themes.pptx?lang=en")).body());
  const slide = await pptx.file("ppt/slides/slide1.xml")?.async("string");
  const runs = [...(slide ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(" | ");
  expect(runs).toContain("Declared funding by theme");
  expect(runs).toContain("No filter");
  expect(runs).toContain("Data as of");
  expect(runs).not.toMatch(/Financements|Sans filtre|Données au/);
  expect(slide).toContain('lang="en-GB"');

  const answer = await (await request.get("/api/aggregate?by=status&measure=partnerships&lang=en")).json();
  expect(answer.rows.map((row: { label: string }) => row.label).sort()).toEqual(["Completed", "Not stated", "Ongoing"]);
});

test("the French dashboard still reads French", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La coopération décentralisée en chiffres");
  await expect(page.getByRole("list", { name: "Chiffres clés" })).toBeVisible();
  await expect(page.locator("#themes-titre")).toHaveText("Financements déclarés par thématique");
  await expect(page.locator('[data-tile="funding"] .tile-value')).toHaveText(/\d (k|M|Md)€$/);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect([...new Set(hrefs.filter((href) => href.includes("lang=")))]).toEqual(["/?lang=en"]);
});
