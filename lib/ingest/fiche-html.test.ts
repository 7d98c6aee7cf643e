import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FicheError, ficheRendering, parseFiche } from "./fiche";
import { htmlFicheLines } from "./fiche-html";
import { itReadsTheDijonFiche } from "./fixtures/dijon-fiche";
import { readPartnershipFile } from "./import";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const pageText = readFileSync(new URL("../../data/real/atlas-fiche-15909-dijon-chefchaouen.txt", import.meta.url), "utf8");
const ATLAS_URL = "https://pastel.diplomatie.gouv.fr/cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=15909";

/** A small saved page: a DSFR-like header, the fiche's markup, a footer and a script. */
const page = (main: string) => `<!DOCTYPE html>
<html lang="fr"><head><title>Titre</title></head>
<body>
<header class="fr-header"><p>Atlas</p></header>
<main>
<h3>Titre</h3>
<p>Un partenariat</p>
${main}
</main>
<footer class="fr-footer"><p>Mentions légales</p></footer>
<script>var x = "Contexte";</script>
</body></html>`;

function ficheError(html: string): FicheError {
  try {
    parseFiche(html);
  } catch (error) {
    expect(error).toBeInstanceOf(FicheError);
    return error as FicheError;
  }
  throw new Error("the page was accepted");
}

// Three pages of the fiche 15909 saved as HTML, each with its own markup: labels as h3 headings
// with values in p and div (a DSFR page), as dt with dd values (named entities, colspans, a form
// field naming the fiche), and as th or strong/label cells of a layout table (the values in
// spans, an input and a select; the id in the "saved from url" comment).
const SAVED = [
  ["saved-dijon.html", "h3 headings, p and div values, DSFR chrome"],
  ["saved-dijon-dl.html", "dl/dt/dd"],
  ["saved-dijon-table.html", "a label | value layout table"],
] as const;

for (const [file, layout] of SAVED) {
  describe(`parseFiche on the fiche 15909 saved as HTML (${file}: ${layout})`, () => {
    const html = fixture(file);
    const fiche = parseFiche(html, { file });

    it("is detected as HTML from its content", () => {
      expect(ficheRendering(html)).toBe("html");
    });

    itReadsTheDijonFiche(() => fiche);

    it("reads the same record as the page text, and the Atlas id the page names", () => {
      expect({ ...fiche, id: null, source: null }).toEqual({ ...parseFiche(pageText), id: null, source: null });
      expect(fiche.id).toBe("15909");
      expect(fiche.source).toEqual({ kind: "atlas-fiche", real: true, file, url: ATLAS_URL, atlasId: 15909 });
    });

    it("never reads the page's scripts, styles, header, menus, breadcrumb or footer, nor a pager into the record", () => {
      const text = htmlFicheLines(html).lines.map((line) => line.text).join("\n");
      expect(text).not.toMatch(/\bScript\b|dataLayer|console\.|document\.|99999|JavaScript|Mentions légales|Accueil|République/);
      expect(JSON.stringify(fiche)).not.toMatch(/\bScript\b|99999|Accueil|Précédent|Suivant/);
    });
  });
}

describe("htmlFicheLines", () => {
  it("numbers each line at its element's line in the file, and gives table rows their exact cells", () => {
    const html = fixture("saved-dijon.html");
    const source = html.split("\n");
    const { lines } = htmlFicheLines(html);
    const title = lines.find((line) => line.text === "Titre")!;
    expect(source[title.no - 1]).toContain("<h3>Titre</h3>");
    const row = lines.find((line) => line.cells?.[0] === "Dijon" && line.cells[1] === "11241")!;
    expect(row.cells).toEqual(["Dijon", "11241", "", "", "", "2020"]);
    expect(source[row.no - 1]!.trim()).toBe("<tr>");
    expect(source[row.no]!.trim()).toBe("<td>Dijon</td>");
  });

  it("takes the id from the one fiche the links point to, and none when they point to several", () => {
    const link = (id: number) => `<a href="detailProjet.html?criteres.prjId=${id}">Imprimer</a>`;
    expect(htmlFicheLines(page(link(6471) + link(6471))).atlasId).toBe(6471);
    expect(htmlFicheLines(page(link(6471) + link(15909))).atlasId).toBeNull();
    expect(htmlFicheLines(page("")).atlasId).toBeNull();
  });
});

describe("parseFiche on saved pages: text, entities, cells", () => {
  it("decodes entities and reads <br> as a line break in prose", () => {
    const fiche = parseFiche(
      page(`<h3>Th&eacute;matique d&#39;intervention</h3><div>Eau &amp; d&eacute;chets</div>
<h3>Contexte</h3><p>Premi&egrave;re ligne &laquo;&nbsp;cit&eacute;e&nbsp;&raquo;.<br>Seconde ligne, l&#x27;autre.</p>
<p>Un   paragraphe
  sur deux lignes du fichier.</p>`),
    );
    expect(fiche.theme).toEqual({ theme: "Eau & déchets", subTheme: null, subSubTheme: null });
    expect(fiche.context).toBe("Première ligne «\u00a0citée\u00a0».\nSeconde ligne, l'autre.\nUn paragraphe sur deux lignes du fichier.");
  });

  it("keeps text from the page as text, markup-like characters included", () => {
    const fiche = parseFiche(page("<h3>Description détaillée du partenariat</h3><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;</p>"));
    expect(fiche.description).toBe("<script>alert(1)</script> & <b>");
  });

  it("keeps empty cells in place: an empty first name is null and the role stays the role", () => {
    const fiche = parseFiche(
      page(`<h3>Contacts dans les partenaires étrangers du partenariat</h3>
<table><thead><tr><th>Nom de la collectivité étrangère</th><th>Nom</th><th>Prénom</th><th>Fonction</th><th>Courriel</th></tr></thead>
<tbody><tr><td>Commune de Dakar</td><td>Exemple</td><td></td><td>chargé de mission</td><td></td></tr>
<tr><td> </td><td></td><td>Awa</td><td>directrice<br>de la coopération</td><td><a href="mailto:awa@example.org">awa@example.org</a></td></tr></tbody></table>`),
    );
    expect(fiche.foreignContacts).toEqual([
      { partner: "Commune de Dakar", lastName: "Exemple", firstName: null, role: "chargé de mission", email: null },
      { partner: null, lastName: null, firstName: "Awa", role: "directrice de la coopération", email: "awa@example.org" },
    ]);
  });

  it("reads a label in a strong or label element followed by its value, whatever follows it", () => {
    const fiche = parseFiche(
      page(`<p><strong>Année de début du partenariat :</strong> 2019</p>
<div><label>Le partenariat est</label><span>Terminé</span></div>
<h3>Historique</h3><p>Une phrase qui cite <strong>Contexte</strong> sans en être un.</p>`),
    );
    expect(fiche).toMatchObject({ startYear: 2019, status: "completed", context: null });
    expect(fiche.history).toBe("Une phrase qui cite Contexte sans en être un.");
  });
});

describe("parseFiche rejects bad saved pages, naming the line in the file and the field", () => {
  it("says a page without a Titre is not an Atlas fiche, whatever its chrome and scripts say", () => {
    const error = ficheError(fixture("saved-no-title.html"));
    expect(error.message).toBe("no Titre section: this is not an Atlas fiche");
    expect(error).toMatchObject({ line: null, field: "Titre" });
  });

  it("names the source line of a bad year and of a bad amount", () => {
    const year = ficheError(page("<h3>Année de début du partenariat</h3>\n<div>20x0</div>"));
    expect(year).toMatchObject({ line: 9, field: "Année de début du partenariat" });
    expect(year.message).toBe('line 9, field "Année de début du partenariat": "20x0" is not a year');
    const amount = ficheError(
      page(`<h3>Financement du partenariat</h3>
<table>
<tr><th>Nom du financeur</th><th>Montant en euros</th><th>Année</th></tr>
<tr><td>Dijon</td><td>douze</td><td>2020</td></tr>
</table>`),
    );
    expect(amount).toMatchObject({ line: 11, field: "Financement du partenariat" });
  });

  it("reads a .html file that is not markup by its content", () => {
    expect(ficheRendering(pageText, "fiche.html")).toBe("page-text");
    expect(parseFiche(pageText, { file: "atlas-fiche-15909.html" }).id).toBe("15909");
    expect(ficheRendering("<div><h3>Titre</h3><p>Un fragment</p></div>", "fragment.htm")).toBe("html");
    expect(parseFiche("<div><h3>Titre</h3><p>Un fragment</p></div>", { file: "fragment.htm" }).title).toBe("Un fragment");
  });
});

describe("readPartnershipFile", () => {
  it("reads saved pages and browser copies as fiches", async () => {
    const [saved] = await readPartnershipFile(new URL("./fixtures/saved-dijon-dl.html", import.meta.url).pathname);
    expect(saved).toMatchObject({ id: "15909", source: { file: "saved-dijon-dl.html", atlasId: 15909 } });
    const [copied] = await readPartnershipFile(new URL("./fixtures/copy-dijon.txt", import.meta.url).pathname);
    expect({ ...copied, id: null, source: null }).toEqual({ ...saved, id: null, source: null });
  });
});
