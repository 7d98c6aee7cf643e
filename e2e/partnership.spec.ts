import { type Page, expect, test } from "@playwright/test";
import { IMPORTED_PORT } from "./ports";

// The page of one partnership: the real fiche 15909 (Dijon – Chefchaouen) as the Atlas prints it,
// the 404 help page, and imported text that must stay text.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The value (dd) printed after a fiche label (dt). */
const field = (page: Page, label: string) =>
  page.getByRole("term").filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) }).locator("xpath=following-sibling::dd[1]");
// fr-FR amounts use a narrow no-break space (U+202F) between thousands and before "€".
const euros = (digits: string) => new RegExp(`^${digits.replace(" ", "\\s")}\\s€$`);

test("the seed fiche 15909 shows every field of the Atlas fiche", async ({ page }) => {
  await page.goto("/partenariats/15909");
  await expect(page).toHaveTitle(/^Engagement des villes dans la transition écologique\./);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engagement des villes dans la transition écologique.");
  await expect(page.getByText("Partage de bonnes pratiques et renforcement mutuel des capacités pour une meilleure coordination des actions environnementales.")).toBeVisible();

  const embassy = page.getByRole("heading", { name: "Contacts dans le poste diplomatique « Ambassade de France à Rabat »" });
  await expect(embassy).toBeVisible();
  await expect(page.getByText("Frédérick BOUIN")).toBeVisible();
  await expect(page.getByText("Courriel : frederick.coopdec[at]gmail.com")).toBeVisible();
  await expect(page.getByText("Conseiller de coopération et d'action culturelle")).toBeVisible();

  await expect(field(page, "Année de première signature de la convention")).toHaveText("2016");
  const theme = field(page, "Thématique d'intervention").getByRole("link", { name: "Environnement, Climat et Energie" });
  await expect(theme).toHaveAttribute("href", "/thematiques/environnement-climat-et-energie");
  await expect(field(page, "Sous-thématique d'intervention")).toHaveText("Protection / Gestion de l'environnement / Biodiversité");
  await expect(field(page, "Sous-sous-thématique d'intervention")).toHaveText("Non renseigné");

  const others = page.getByRole("table", { name: "Autres thématiques mises en œuvre pour le partenariat", exact: true });
  await expect(others.getByRole("columnheader")).toHaveText(["Thématique éligible", "Sous-thématique", "Sous-sous-thématique", "Priorité"]);
  const other = others.getByRole("row").nth(1);
  await expect(other.getByRole("rowheader")).toHaveText("Politique, humanitaire et coopération transfrontalière");
  await expect(other.getByRole("link", { name: "Politique, humanitaire et coopération transfrontalière" })).toHaveAttribute(
    "href", "/thematiques/politique-humanitaire-et-cooperation-transfrontaliere",
  );
  await expect(other.getByRole("cell")).toHaveText(["Gouvernance locale et appui institutionnel", "Non renseigné", "1"]);

  await expect(field(page, "Année de début du partenariat")).toHaveText("2020");
  await expect(field(page, "Le partenariat est")).toHaveText("En cours");
  await expect(field(page, "Date de fin du partenariat")).toHaveText("31/12/2021");
  await expect(field(page, "Votre partenariat prend la forme d'un(e)")).toHaveText("Projet de coopération décentralisée");

  for (const heading of ["Contexte", "Historique", "Objectif du partenariat", "Objectifs locaux", "Objectifs en France", "Description détaillée du partenariat"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/^La ville de Dijon et la ville de Chefchaouen sont toutes deux engagées/)).toBeVisible();
  // The history's three lines are three paragraphs.
  await expect(page.getByRole("paragraph").filter({ hasText: /^(En 2017|En raison de|Les rapports réalisés)/ })).toHaveCount(3);
  await expect(page.getByText(/^Après l'indispensable décision politique/)).toBeVisible();

  const partners = page.getByRole("table", { name: "Partenaires étrangers du partenariat", exact: true });
  await expect(partners.getByRole("rowheader")).toHaveText(["Municipalité de Chefchaouen"]);
  await expect(partners.getByRole("link", { name: "Maroc" })).toHaveAttribute("href", "/pays/MA");
  const contacts = page.getByRole("table", { name: "Contacts dans les partenaires étrangers du partenariat", exact: true });
  await expect(contacts.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "El Bakali", "Abdelali", "chef de division environnement et coopération", "elbakali1961@gmail.com",
  ]);
  const authorities = page.getByRole("table", { name: "Collectivités territoriales partenaires du partenariat", exact: true });
  await expect(authorities.getByRole("link", { name: "Dijon" })).toHaveAttribute("href", "/collectivites/commune-21231");
  await expect(authorities.getByRole("cell")).toHaveText(["Commune"]);
  await expect(page.getByText("Le partenariat n'est pas triennal")).toBeVisible();

  const funding = page.getByRole("table", { name: "Financement du partenariat", exact: true });
  await expect(funding.getByRole("columnheader")).toHaveText(["Financeur", "Catégorie de financeur", "2020", "2021", "Total"]);
  const row = (name: string) => funding.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row("Ministère de l'Europe et des Affaires étrangères").getByRole("cell")).toHaveText([
    "Ministère de l'Europe et des Affaires étrangères", euros("8 845"), euros("8 845"), euros("17 690"),
  ]);
  await expect(row("Dijon").getByRole("cell")).toHaveText([
    "Fonds propres de la collectivité française", euros("11 241"), euros("14 343"), euros("25 584"),
  ]);
  await expect(row("Collectivités et partenaires étrangers").getByRole("cell")).toHaveText([
    "Collectivités et partenaires étrangers", euros("2 689"), euros("2 689"), euros("5 378"),
  ]);
  await expect(row("Total").getByRole("cell")).toHaveText([euros("22 775"), euros("25 877"), euros("48 652")]);
  await expect(funding.getByText(/Oudin/)).toHaveCount(0);
  await expect(page.getByRole("img", { name: "Financement du partenariat par année et par catégorie de financeur" })).toBeVisible();

  await expect(page.getByRole("heading", { name: "Volontaires impliqués dans le partenariat (VSI, service civique, etc.)" })).toBeVisible();

  const atlas = page.getByRole("link", { name: "Voir la fiche sur l'Atlas" });
  await expect(atlas).toHaveAttribute("href", "https://pastel.diplomatie.gouv.fr/cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=15909");
  await expect(atlas).toHaveAttribute("target", "_blank");
  await expect(page.getByText(/^Source : Fiche de l'Atlas/)).toBeVisible();
  await expect(page.getByText("Fiche de démonstration : générée, ce n'est pas une fiche de l'Atlas")).toHaveCount(0);
});

test("links carry the dashboard's filters; related partnerships exclude the current one", async ({ page }) => {
  await page.goto("/partenariats/15909?country=MA");
  const breadcrumb = page.getByRole("navigation", { name: "vous êtes ici :" });
  await expect(breadcrumb.getByRole("link", { name: "Tableau de bord" })).toHaveAttribute("href", "/?country=MA");
  await expect(breadcrumb.getByRole("link", { name: "Partenariats" })).toHaveAttribute("href", "/partenariats?country=MA");
  await expect(page.getByRole("link", { name: "Dijon", exact: true })).toHaveAttribute("href", "/collectivites/commune-21231?country=MA");

  await expect(page.getByRole("heading", { name: "Partenariats liés" })).toBeVisible();
  await expect(page.getByText("Dans les filtres du tableau de bord.")).toBeVisible();
  for (const heading of ["Même collectivité : Dijon", "Même pays : Maroc", "Même thématique : Environnement, Climat et Energie"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  const related = page.locator("#partenariats-lies");
  const links = related.getByRole("link").filter({ hasNotText: "Voir tous" });
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^\/partenariats\/[^/?]+\?country=MA$/);
    expect(href).not.toContain("/15909?");
  }
  await expect(related.getByRole("link", { name: /^Voir tous les partenariats \(Même pays : Maroc\)/ })).toHaveAttribute(
    "href", "/partenariats?country=MA",
  );
  await expect(related.getByRole("link", { name: /^Voir tous les partenariats \(Même thématique : Environnement, Climat et Energie\)/ })).toHaveAttribute(
    "href", "/partenariats?country=MA&theme=environnement-climat-et-energie",
  );
  // In the demo dataset, Dijon's only partnership in Morocco is this one.
  await expect(related.getByText("Aucun autre partenariat.")).toBeVisible();
  await expect(related.getByRole("link", { name: /Même collectivité : Dijon/ })).toHaveCount(0);
});

test("a generated record says it is not an Atlas fiche", async ({ page }) => {
  await page.goto("/partenariats/demo-00006");
  await expect(page.getByRole("note", { name: "Fiche de démonstration" })).toContainText(
    "Fiche de démonstration : générée, ce n'est pas une fiche de l'Atlas",
  );
  await expect(page.getByText("Source : Données de démonstration")).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir la fiche sur l'Atlas" })).toHaveCount(0);
});

test("an unknown id is a 404 with a search box, the list and the dashboard", async ({ page }) => {
  const response = await page.goto("/partenariats/inconnu-404");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Partenariat introuvable" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir la liste des partenariats" })).toHaveAttribute("href", "/partenariats");
  await expect(page.getByRole("link", { name: "Retour au tableau de bord" })).toHaveAttribute("href", "/");
  const search = page.getByRole("searchbox", { name: "Rechercher un partenariat" });
  await search.fill("Chefchaouen");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/partenariats\?q=Chefchaouen$/);
});

test.describe("imported fiche text", () => {
  test.use({ baseURL: `http://127.0.0.1:${IMPORTED_PORT}` });

  test("markup in an imported fiche is shown as text, never run", async ({ page }) => {
    await page.goto("/partenariats/900003");
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("EXEMPLE DE TEST — <script>window.__xss = 1</script> <b>gras</b>");
    await expect(page.getByText('<img src=x onerror="window.__xss=2">', { exact: false })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(page.locator("b", { hasText: "gras" })).toHaveCount(0);
    await expect(page.locator("img[src='x']")).toHaveCount(0);

    await expect(page.getByRole("link", { name: "Tours", exact: true })).toHaveAttribute("href", "/collectivites/commune-37261");
    await expect(page.getByRole("table", { name: "Partenaires étrangers du partenariat", exact: true }).getByRole("link", { name: "Roumanie" })).toBeVisible();
    // No funding table on the fiche: the section says so instead of showing an empty table.
    await expect(page.getByRole("table", { name: "Financement du partenariat", exact: true })).toHaveCount(0);
    await expect(page.locator("#financement")).toContainText("Non renseigné");
  });
});
