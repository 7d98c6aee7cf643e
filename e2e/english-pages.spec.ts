import { type Page, expect, test } from "@playwright/test";
import { themeName } from "../lib/i18n/theme-names";
import { labelsOf } from "../lib/labels";

// The drill-down pages with ?lang=en: English html lang, every link of the site keeping lang=en,
// none of the French words of these pages' own labels left, English numbers and country names;
// and the same pages without lang still French.

/** French words of these pages' own labels (not data names): none may be left in English. */
const FRENCH_UI = [
  "Voir sur le tableau de bord",
  "Tableau de bord",
  "Montant déclaré",
  "Collectivités françaises",
  "Partenariats par page",
  "Rechercher",
  "Page suivante",
  "Pays partenaire",
  "Financement du partenariat",
  "Partenariats liés",
  "Les données",
  "Comment lire les chiffres",
  "Page introuvable",
  "Pays introuvable",
  "Mis à jour le",
  "Seules ",
];

interface PageCase {
  path: string;
  /** What the page's main content shows in English. */
  english: (string | RegExp)[];
  /** And in French, without lang. */
  french: (string | RegExp)[];
  status?: number;
  /** The French words checked absent, when not FRENCH_UI: the comparison's filters and the slides' names are the dashboard's labels, translated apart. */
  absent?: string[];
}

const PAGES: PageCase[] = [
  { path: "/partenariats", english: ["Partnerships", /\d,\d{3} partnerships/, "Declared amount", "Next page"], french: ["Partenariats", "Montant déclaré"] },
  { path: "/partenariats/15909", english: ["Foreign partners of the partnership", "Morocco", "Funding of the partnership", "Related partnerships", "Not stated"], french: ["Maroc", "Financement du partenariat", "Non renseigné"] },
  { path: "/pays/SN", english: ["Senegal", "Partner country", "World region", labelsOf("en").worldRegions["afrique-subsaharienne"], /€\d{1,3},\d{3},\d{3}/], french: ["Sénégal", "Pays partenaire"] },
  { path: "/collectivites/commune-75056", english: ["Paris", "Its partner countries", "Morocco", "INSEE code"], french: ["Ses pays partenaires", "Maroc"] },
  { path: "/thematiques/economie-durable", english: ["Sub-themes", "Main partner countries", themeName("Economie durable", "en")], french: ["Sous-thématiques", "Principaux pays partenaires", "Economie durable"] },
  { path: "/donnees", english: ["The data", "What the dataset holds", "How to read the figures"], french: ["Les données", "Comment lire les chiffres"] },
  { path: "/comparer?a.country=SN&b.country=MA", english: ["Dataset:", "Updated on", "Senegal", "Morocco"], french: ["Jeu de données :", "Mis à jour le", "Sénégal"], absent: [...FRENCH_UI, "Jeu de données", "Sénégal", "Maroc"] },
  {
    path: "/presentation?v=%2Fpays%2FSN&v=%2Fpartenariats%2F15909",
    english: ["Senegal", "Morocco"],
    french: ["Sénégal", "Maroc"],
    absent: [...FRENCH_UI, "Sénégal", "Maroc"],
  },
  { path: "/pays/ZZ", english: ["Country not found", "The main partner countries", "Morocco"], french: ["Pays introuvable", "Maroc"], status: 404 },
  { path: "/partenariats/inconnu-404", english: ["Partnership not found", "See the list of partnerships"], french: ["Partenariat introuvable"], status: 404 },
  { path: "/pas-une-page", english: ["Page not found", "All partnerships"], french: ["Page introuvable"], status: 404 },
];

const withEn = (path: string) => `${path}${path.includes("?") ? "&" : "?"}lang=en`;

/** The site's links in the main content that do not carry lang=en. */
async function linksWithoutLang(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.filter((href) => !href.startsWith("/_next") && !new URLSearchParams(href.split("?")[1]?.split("#")[0] ?? "").getAll("lang").includes("en"));
}

const frenchLeft = (text: string, words = FRENCH_UI) => words.filter((word) => text.includes(word));

for (const { path, english, french, status = 200, absent } of PAGES) {
  test(`${path}?lang=en is in English, its links keep lang=en; without lang it stays French`, async ({ page }) => {
    const response = await page.goto(withEn(path));
    expect(response?.status()).toBe(status);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const main = page.locator("main");
    for (const text of english) await expect(main).toContainText(text);
    expect(frenchLeft(await main.innerText(), absent)).toEqual([]);
    expect(await linksWithoutLang(page)).toEqual([]);

    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    for (const text of french) await expect(main).toContainText(text);
    expect(await page.locator('main a[href*="lang="]').count()).toBe(0);
  });
}

test("the list in English: English numbers, sort and page links keep lang, the search keeps it too", async ({ page }) => {
  await page.goto("/partenariats?lang=en&country=SN");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Partnerships");
  await expect(main.locator(".list-filters")).toHaveText("Senegal");
  await expect(main.locator(".list-amount").first()).toHaveText(/^€\d{1,3}(,\d{3})*$|^—/);
  await expect(main.getByRole("columnheader", { name: /Declared amount/ }).getByRole("link")).toHaveAttribute("href", /lang=en/);
  await expect(main.getByRole("link", { name: "Partnerships CSV" }).or(main.locator('a[href^="/export/liste/partenariats.csv"]'))).toHaveAttribute("href", /lang=en/);
  await expect(async () => {
    await main.getByRole("searchbox").fill("eau");
    await main.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=eau/);
  }).toPass();
  expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the list's and the data page's CSVs take lang=en: English headers and country names; French without", async ({ request }) => {
  const csv = async (url: string) => {
    const text = (await (await request.get(url)).text()).replace(/^\uFEFF/, "");
    const lines = text.split("\r\n");
    return { text, header: lines[lines.indexOf("") + 1] ?? "" };
  };
  const columns = (lang: "fr" | "en") => labelsOf(lang).downloadColumns;
  const en = await csv("/export/liste/partenariats.csv?country=SN&lang=en");
  expect(en.header.split(",")).toContain(columns("en").title.label);
  expect(en.header.split(",")).toContain(columns("en").listAmount.label);
  expect(en.text).toContain("Senegal");
  expect(en.text).not.toContain("Sénégal");
  const fr = await csv("/export/liste/partenariats.csv?country=SN");
  expect(fr.header.split(";")).toContain("Titre");
  expect(fr.text).toContain("Sénégal");
  expect((await csv("/export/donnees/financements.csv?lang=en")).header).toContain(columns("en").financer.label);
  expect((await csv("/export/donnees/financements.csv")).header).toContain("Financeur");
});

test("a malformed address with lang=en answers the 400 page in English", async ({ request }) => {
  const response = await request.get("/partenariats?q=%zz&lang=en");
  expect(response.status()).toBe(400);
  const html = await response.text();
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('href="/?lang=en"');
  expect((await (await request.get("/partenariats?q=%zz")).text())).toContain('<html lang="fr">');
});
