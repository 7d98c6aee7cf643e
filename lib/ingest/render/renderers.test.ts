import { readFileSync } from "node:fs";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { makePartnership } from "../../test-support/factories";
import { parseFiche } from "../fiche";
import { ficheAsBrowserCopy } from "./browser-copy";
import { ficheAsHtml } from "./html";
import { escapeHtml } from "./html-page";
import { ficheAsPageText } from "./page-text";

const REAL_FILE = "atlas-fiche-15909-dijon-chefchaouen.txt";
const realText = readFileSync(new URL(`../../../data/real/${REAL_FILE}`, import.meta.url), "utf8");
const real = parseFiche(realText, { file: REAL_FILE });
const OUDIN = "Montant 1% Eau (Loi Oudin 2005)";

describe("ficheAsPageText", () => {
  const text = ficheAsPageText(real);

  it("writes the real fiche with the page's own lines: labels, values, rows and their empty cells", () => {
    // The record keeps a repeated paragraph once, so the page's repeats are not written again; the
    // funding table gets the pager the Atlas prints under the other tables.
    const pageLines = new Set(realText.split("\n"));
    const written = text.split("\n").filter((line) => line !== "");
    const pager = new Set(["<<", "< pagination.page.precedent", "1", "pagination.page.suivant >", ">>", "---|---|---|---|---|"]);
    expect(written.filter((line) => !pageLines.has(line) && !pager.has(line))).toEqual([
      "Collectivités et partenaires étrangers | 2689 | 2021 | |||",
    ]);
    expect(text.startsWith("Atlas français de la coopération décentralisée et des autres actions extérieures\nContacts dans le poste")).toBe(true);
  });

  it("keeps a row's leading empty cell in place with a border pipe", () => {
    const contacts = [{ partner: null, lastName: "Exemple", firstName: null, role: "chargé de mission", email: null }];
    expect(ficheAsPageText(makePartnership({ foreignContacts: contacts }))).toContain("| | Exemple | | chargé de mission | |\n");
  });
});

describe("ficheAsBrowserCopy", () => {
  const text = ficheAsBrowserCopy(real);

  it("writes tables as tab-separated rows under their header row, empty cells in place", () => {
    expect(text).toContain(["Nom du financeur", "Montant en euros", OUDIN, OUDIN, OUDIN, "Année"].join("\t"));
    expect(text).toContain("\nDijon\t11241\t\t\t\t2020\n");
    expect(text).toContain("\nMunicipalité de Chefchaouen\tMaroc\t\n");
    expect(text).toContain("\nPolitique, humanitaire et coopération transfrontalière\tGouvernance locale et appui institutionnel\t\t1\n");
  });

  it("writes the e-mail on its label's line, the pagers, and the page's chrome around the fiche", () => {
    expect(text).toContain("\nCourriel : frederick.coopdec[at]gmail.com\n");
    expect(text).toContain("\n<< < Précédent 1 Suivant > >>\n");
    expect(text).toContain("\n<<\n<\nPrécédent\n1\nSuivant\n>\n>>\n");
    expect(text.indexOf("Aller au contenu")).toBeLessThan(text.indexOf("Titre"));
    expect(text.indexOf("Mentions légales")).toBeGreaterThan(text.indexOf("Volontaires"));
  });

  it("writes an Oudin amount in the first Oudin column", () => {
    const funding = [{ financer: "Agence de l'eau", category: "other" as const, amount: 12500.5, oudinAmount: 3000, year: 2020 }];
    expect(ficheAsBrowserCopy(makePartnership({ funding }))).toContain("\nAgence de l'eau\t12500,5\t3000\t\t\t2020\n");
  });

  it("writes several Oudin amounts each in its column, which the parser reads back summed and kept", () => {
    const funding = [{ financer: "Agence de l'eau", category: "other" as const, amount: 9000, oudinAmount: 3500, oudinAmounts: [1000, 2000, 500], year: 2021 }];
    const copy = ficheAsBrowserCopy(makePartnership({ funding }));
    expect(copy).toContain("\nAgence de l'eau\t9000\t1000\t2000\t500\t2021\n");
    expect(parseFiche(copy).funding[0]).toMatchObject({ oudinAmount: 3500, oudinAmounts: [1000, 2000, 500], year: 2021 });
  });
});

describe("ficheAsHtml", () => {
  const html = ficheAsHtml(real);
  const root = parse(html);

  it("writes a DSFR page: header, navigation, breadcrumb, main content, footer, scripts", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    for (const selector of ["header.fr-header", "nav.fr-nav", "nav.fr-breadcrumb", "main", "footer.fr-footer", "script", "noscript"]) {
      expect(root.querySelector(selector), selector).not.toBeNull();
    }
    expect(root.querySelector("link[rel=canonical]")?.getAttribute("href")).toMatch(/criteres\.prjId=15909$/);
    expect(parse(ficheAsHtml(makePartnership())).querySelector("link[rel=canonical]")).toBeNull();
  });

  it("writes the tables by cell: header cells in thead, every cell of a row in place", () => {
    const funding = root.querySelectorAll("table")[4]!;
    expect(funding.querySelectorAll("thead th").map((th) => th.text)).toEqual([
      "Nom du financeur",
      "Montant en euros",
      OUDIN,
      OUDIN,
      OUDIN,
      "Année",
    ]);
    expect(funding.querySelectorAll("tbody tr")[2]!.querySelectorAll("td").map((td) => td.text)).toEqual(["Dijon", "11241", "", "", "", "2020"]);
  });

  it("escapes the record's text", () => {
    const title = `<script>alert("x")</script> & l'eau`;
    const page = ficheAsHtml(makePartnership({ title }));
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;eau");
    expect(parseFiche(page).title).toBe(title);
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attribute values", () => {
    expect(escapeHtml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});
