import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ficheRendering, parseFiche } from "./fiche";
import { itReadsTheDijonFiche } from "./fixtures/dijon-fiche";
import { ficheError } from "./fixtures/fiche-error";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const pageText = readFileSync(new URL("../../data/real/atlas-fiche-15909-dijon-chefchaouen.txt", import.meta.url), "utf8");
const copy = fixture("copy-dijon.txt");

/** A browser copy with its page header and one table, around the lines a test is about. */
const copied = (...lines: string[]) =>
  ["Aller au contenu", "Accueil", "", "Titre", "Un partenariat", "", ...lines, "", "Mentions légales", ""].join("\n");

describe("parseFiche on a browser copy of the fiche 15909 (copy-dijon.txt)", () => {
  const fiche = parseFiche(copy, { file: "copy-dijon.txt" });

  it("is detected as a browser copy from its content", () => {
    expect(ficheRendering(copy)).toBe("browser-copy");
    expect(ficheRendering(copy, "atlas-fiche-15909.html")).toBe("browser-copy");
  });

  itReadsTheDijonFiche(() => fiche);

  it("reads the same record as the page text, but for the file it came from", () => {
    expect({ ...fiche, id: null, source: null }).toEqual({ ...parseFiche(pageText), id: null, source: null });
    expect(fiche.source).toEqual({ kind: "atlas-fiche", real: true, file: "copy-dijon.txt", url: null, atlasId: null });
    expect(parseFiche(copy, { file: "atlas-fiche-15909-copie.txt" }).id).toBe("15909");
  });

  it("leaves out the page's header, menu, pagers and footer (whose lines look like a funding row)", () => {
    expect(copy).toContain("Accessibilité : non conforme");
    expect(copy).toContain("<< < Précédent 1 Suivant > >>");
    expect(fiche.funding).toHaveLength(6);
    expect(fiche.volunteers).toEqual([]);
    expect(JSON.stringify(fiche)).not.toMatch(/Aller au contenu|Précédent|Suivant|Mentions légales|etalab/);
  });
});

describe("parseFiche on browser copies: cells, header rows, pagers", () => {
  it("keeps empty cells in place: an empty first name is null and the role stays the role", () => {
    const fiche = parseFiche(
      copied(
        "Contacts dans les partenaires étrangers du partenariat",
        "Nom de la collectivité étrangère\tNom\tPrénom\tFonction\tCourriel",
        "Commune de Dakar\tExemple\t\tchargé de mission\t",
        "\t\tAwa\tdirectrice\tawa@example.org",
      ),
    );
    expect(fiche.foreignContacts).toEqual([
      { partner: "Commune de Dakar", lastName: "Exemple", firstName: null, role: "chargé de mission", email: null },
      { partner: null, lastName: null, firstName: "Awa", role: "directrice", email: "awa@example.org" },
    ]);
  });

  it("reads the other themes by column: a sub-sub-theme without a sub-theme stays a sub-sub-theme", () => {
    const fiche = parseFiche(
      copied(
        "Autres thématiques mises en œuvre pour le partenariat",
        "Thématique éligible\tSous-thématique\tSous-sous-thématique\tPriorité",
        "Economie durable\t\tAgriculture biologique\t2",
        "Politique, humanitaire et coopération transfrontalière\tGouvernance locale et appui institutionnel\t\t1",
      ),
    );
    expect(fiche.otherThemes).toEqual([
      { theme: "Economie durable", subTheme: null, subSubTheme: "Agriculture biologique", priority: 2 },
      { theme: "Politique, humanitaire et coopération transfrontalière", subTheme: "Gouvernance locale et appui institutionnel", subSubTheme: null, priority: 1 },
    ]);
  });

  it("reads an Oudin amount in the first of the three Oudin columns, the year in the last column", () => {
    const oudin = "Montant 1% Eau (Loi Oudin 2005)";
    const fiche = parseFiche(
      copied(
        "Financement du partenariat",
        ["Nom du financeur", "Montant en euros", oudin, oudin, oudin, "Année"].join("\t"),
        "Agence de l'eau Loire-Bretagne\t12 500\t3 000\t\t\t2020",
        "Union européenne\t40000\t\t\t\t2021",
        "<<",
        "< Précédent",
        "1",
        "Suivant >",
        ">>",
      ),
    );
    expect(fiche.funding.map((r) => [r.financer, r.amount, r.oudinAmount, r.year])).toEqual([
      ["Agence de l'eau Loire-Bretagne", 12500, 3000, 2020],
      ["Union européenne", 40000, null, 2021],
    ]);
  });

  it("does not take a header row for data, whichever table it heads", () => {
    const fiche = parseFiche(
      copied(
        "Partenaires étrangers du partenariat",
        "Nom de la collectivité étrangère\tPays\t",
        "Municipalité de Chefchaouen\tMaroc\t",
        "Collectivités territoriales partenaires du partenariat",
        "Nom de la collectivité territoriale\t",
        "Dijon\t",
        "Volontaires impliqués dans le partenariat (VSI, service civique, etc.)",
        "Nom\tPrénom\tMission\tChamps d'action\tEntité d'affectation",
        "\t\tService civique à l'international\t\tMunicipalité de Chefchaouen",
      ),
    );
    expect(fiche.foreignPartners).toEqual([{ name: "Municipalité de Chefchaouen", country: "MA", countryName: "Maroc" }]);
    expect(fiche.frenchAuthorities.map((a) => a.name)).toEqual(["Dijon"]);
    expect(fiche.volunteers).toEqual([
      { lastName: null, firstName: null, mission: "Service civique à l'international", fieldOfAction: null, assignment: "Municipalité de Chefchaouen" },
    ]);
  });

  it("reads a copy of a page laid out as a label/value table", () => {
    const fiche = parseFiche("Titre\tUn partenariat\nAnnée de début du partenariat\t2019\nLe partenariat est :\tTerminé\n");
    expect(fiche).toMatchObject({ title: "Un partenariat", startYear: 2019, status: "completed" });
  });

  it("reads an e-mail on the line of its « Courriel : » label", () => {
    const fiche = parseFiche(
      copied('Contacts dans le poste diplomatique "Ambassade de France au Sénégal"', "Correspondant", "Awa EXEMPLE", "Courriel : awa[at]example.org", "Autres thématiques mises en œuvre pour le partenariat", "Thématique éligible\tSous-thématique\tSous-sous-thématique\tPriorité"),
    );
    expect(fiche.embassy).toEqual({
      post: "Ambassade de France au Sénégal",
      contacts: [{ role: "Correspondant", name: "Awa EXEMPLE", email: "awa[at]example.org" }],
    });
  });
});

describe("parseFiche rejects bad browser copies, naming the line and the field", () => {
  it("names the line of a bad year in the copy, and its label", () => {
    const text = fixture("copy-bad-year.txt");
    expect(ficheRendering(text)).toBe("browser-copy");
    const error = ficheError(text);
    expect(error).toMatchObject({ line: 14, field: "Année de début du partenariat" });
    expect(error.message).toBe('line 14, field "Année de début du partenariat": "20x0" is not a year');
  });

  it("names the line of a bad amount in a funding row", () => {
    const error = ficheError(
      copied("Financement du partenariat", "Nom du financeur\tMontant en euros\tAnnée", "Dijon\tdouze\t2020"),
    );
    expect(error).toMatchObject({ line: 9, field: "Financement du partenariat" });
    expect(error.message).toMatch(/"douze" is not an amount in euros/);
  });

  it("says a copy without a title is not a fiche", () => {
    expect(ficheError("Aller au contenu\nNom\tPays\nDijon\tFrance\n")).toMatchObject({ field: "Titre", line: null });
  });
});
