import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FicheError, parseFiche } from "./fiche";
import { itReadsTheDijonFiche } from "./fixtures/dijon-fiche";
import { ficheError } from "./fixtures/fiche-error";

const REAL_FILE = "atlas-fiche-15909-dijon-chefchaouen.txt";
const realText = readFileSync(new URL(`../../data/real/${REAL_FILE}`, import.meta.url), "utf8");
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

const MEAE = "Ministère de l'Europe et des Affaires étrangères";

/** What a fiche that leaves every optional section out reads as. */
const EMPTY_FIELDS = {
  firstSignatureYear: null,
  theme: null,
  otherThemes: [],
  endDate: null,
  context: null,
  history: null,
  objectives: { local: null, france: null },
  description: null,
  form: null,
  frenchAuthorities: [],
  foreignPartners: [],
  foreignContacts: [],
  funding: [],
  volunteers: [],
};
describe("parseFiche on the real fiche 15909 (Dijon – Chefchaouen)", () => {
  const fiche = parseFiche(realText, { file: REAL_FILE });

  it("takes the Atlas id from the file name", () => {
    expect(fiche.id).toBe("15909");
    expect(fiche.source).toEqual({
      kind: "atlas-fiche",
      real: true,
      file: REAL_FILE,
      url: "https://pastel.diplomatie.gouv.fr/cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=15909",
      atlasId: 15909,
    });
  });

  itReadsTheDijonFiche(() => fiche);

  it("gives the same result with Windows line endings and a BOM", () => {
    const windows = `\uFEFF${realText.replace(/\n/g, "\r\n")}`;
    expect(parseFiche(windows, { file: REAL_FILE })).toEqual(fiche);
  });
});

describe("parseFiche ids and sources", () => {
  it("derives a stable content id without an Atlas id", () => {
    const first = parseFiche(realText);
    expect(first.id).toMatch(/^fiche-[0-9a-f]{10}$/);
    expect(parseFiche(realText).id).toBe(first.id);
    expect(parseFiche(realText.replace("Engagement des villes", "Engagement des communes")).id).not.toBe(first.id);
    expect(first.source).toEqual({ kind: "atlas-fiche", real: true, file: null, url: null, atlasId: null });
  });

  it("takes the Atlas id from the atlasId option or a prjId= file name", () => {
    expect(parseFiche(realText, { atlasId: 6471 })).toMatchObject({ id: "6471", source: { atlasId: 6471 } });
    const fromUrl = parseFiche(realText, { file: "detailProjet.html?criteres.prjId=15909.txt" });
    expect(fromUrl.source.url).toMatch(/criteres\.prjId=15909$/);
    expect(parseFiche(realText, { file: "dijon.txt" }).id).toBe(parseFiche(realText).id);
  });

  it("prefers an explicit id, and reports an id the model refuses as a FicheError", () => {
    expect(parseFiche(realText, { id: "dijon-chefchaouen", file: REAL_FILE })).toMatchObject({
      id: "dijon-chefchaouen",
      source: { atlasId: 15909 },
    });
    try {
      parseFiche(realText, { id: "not an id!" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FicheError);
      expect(error).toMatchObject({ field: "id", line: null });
      expect((error as Error).message).toMatch(/field "id"/);
    }
  });
});

describe("parseFiche on written fiches", () => {
  it("reads the older « projet » template", () => {
    const fiche = parseFiche(fixture("old-template.txt"));
    expect(fiche).toMatchObject({
      title: "Programme d'appui au développement des activités halieutiques",
      firstSignatureYear: 2007,
      theme: {
        theme: "Economie durable",
        subTheme: "Agriculture et développement rural",
        subSubTheme: "Agriculture et agroalimentaire",
      },
      startYear: 2007,
      status: "completed",
      endDate: "2016-12-31",
      objectives: { local: "Structurer la filière de la pêche côtière.", france: null },
      description: "Formation des pêcheurs et appui aux coopératives.",
      form: "Projet de coopération décentralisée",
      triennial: false,
      foreignPartners: [{ name: "Régions Anosy et Analanjirofo", country: "MG", countryName: "Madagascar" }],
      embassy: { post: "Ambassade de France à Tananarive" },
    });
    expect(fiche.frenchAuthorities[0]).toMatchObject({ name: "Région Bretagne", code: "53", kind: "region" });
    expect(fiche.funding).toEqual([
      { financer: "Région Bretagne", category: "french-authority", amount: 30000, oudinAmount: null, year: 2015 },
    ]);
    expect(fiche.volunteers).toEqual([
      { lastName: "EXEMPLE", firstName: "Jean", mission: "Appui aux coopératives", fieldOfAction: "Agriculture", assignment: "Région Anosy" },
    ]);
  });

  it("accepts a fiche with only a few sections", () => {
    const fiche = parseFiche(fixture("minimal.txt"));
    expect(fiche).toMatchObject({
      ...EMPTY_FIELDS,
      title: "Jumelage entre deux villes",
      startYear: 2019,
      status: "ongoing",
      triennial: null,
      embassy: null,
    });
  });

  it("reads French number formats and Oudin amounts (several summed, each kept in column order), ignoring the pager", () => {
    const rows = parseFiche(fixture("funding-formats.txt")).funding;
    expect(rows[6]!.oudinAmounts).toEqual([1000, 2500]);
    expect(rows.slice(0, 6).every((r) => r.oudinAmounts === undefined)).toBe(true);
    expect(rows.map((r) => [r.financer, r.category, r.amount, r.oudinAmount, r.year])).toEqual([
      [MEAE, "meae", 12500, null, 2019],
      ["Rennes", "french-authority", 12500, null, 2019],
      ["Rennes", "french-authority", 12500.5, null, 2020],
      ["Agence de l'eau Loire-Bretagne", "other", 12500, 3000, 2020],
      ["Collectivités et partenaires étrangers", "foreign-partners", 1234.5, null, 2021],
      ["Union européenne", "other", 40000, null, 2021],
      ["Agence de l'eau Seine-Normandie", "other", 20000, 3500, 2021],
    ]);
  });

  it("reads several partners in several countries and several French authorities", () => {
    const fiche = parseFiche(fixture("multi-partners.txt"));
    expect(fiche.foreignPartners).toEqual([
      { name: "Ville de Ouagadougou", country: "BF", countryName: "Burkina Faso" },
      { name: "Commune de Dakar", country: "SN", countryName: "Sénégal" },
      { name: "Ville de Hué", country: "VN", countryName: "Viet Nam" },
      { name: "Province imaginaire", country: null, countryName: "Pays imaginaire" },
    ]);
    expect(fiche.frenchAuthorities.map((a) => [a.name, a.kind, a.code])).toEqual([
      ["Région Bretagne", "region", "53"],
      ["Conseil départemental de la Gironde", "departement", "33"],
      ["Métropole de Lyon", "epci", "200046977"],
      ["Échirolles", "commune", "38151"],
      ["Communauté de communes imaginaire", null, null],
    ]);
    expect(fiche.foreignContacts[1]).toEqual({
      partner: "Commune de Dakar",
      lastName: "Exemple",
      firstName: null,
      role: "chargé de mission",
      email: null,
    });
    expect(fiche.funding.map((r) => r.category)).toEqual(["french-authority", "french-authority", "other"]);
    expect(fiche.otherThemes).toEqual([
      {
        theme: "Politique, humanitaire et coopération transfrontalière",
        subTheme: "Gouvernance locale et appui institutionnel",
        subSubTheme: "Appui institutionnel",
        priority: 1,
      },
      {
        theme: "Education, Social et Recherche",
        subTheme: "Education, emploi, formation professionnelle",
        subSubTheme: null,
        priority: 2,
      },
      { theme: "Economie durable", subTheme: null, subSubTheme: null, priority: null },
    ]);
    expect(fiche.embassy!.contacts[1]).toEqual({ role: "Conseiller de coopération et d'action culturelle", name: "Paul EXEMPLE", email: null });
  });

  it("reads a triennial partnership", () => {
    const fiche = parseFiche(fixture("triennial.txt"));
    expect(fiche.triennial).toBe(true);
    expect(fiche.funding.map((r) => r.year)).toEqual([2022, 2023, 2024]);
  });

  it("reads labels followed by labels, and empty tables, as empty values", () => {
    const fiche = parseFiche(fixture("empty-values.txt"));
    expect(fiche).toMatchObject({ ...EMPTY_FIELDS, title: "Une fiche aux valeurs vides", startYear: null, status: null });
  });

  it("keeps unknown lines of a section in its text, and text before an objectives sub-heading as local", () => {
    const fiche = parseFiche(
      "Titre\nUn titre\nContexte\nPremier paragraphe.\n\nUne ligne inattendue.\nPremier paragraphe.\n" +
        "Objectif du partenariat\nSans sous-titre.\nObjectifs en France : Sensibiliser les habitants.\n",
    );
    expect(fiche.context).toBe("Premier paragraphe.\nUne ligne inattendue.");
    expect(fiche.objectives).toEqual({ local: "Sans sous-titre.", france: "Sensibiliser les habitants." });
  });
});

describe("parseFiche rejects bad texts, naming the line and the field", () => {
  it("rejects a text without a title", () => {
    const error = ficheError(fixture("bad-no-title.txt"));
    expect(error.message).toBe("no Titre section: this is not an Atlas fiche");
    expect(error).toMatchObject({ line: null, field: "Titre" });
    expect(ficheError("").field).toBe("Titre");
    expect(ficheError("Titre\n\nContexte\nx").message).toMatch(/line 1, field "Titre": the title is empty/);
  });

  it("rejects a year that is not one", () => {
    const error = ficheError(fixture("bad-year.txt"));
    expect(error).toMatchObject({ line: 7, field: "Année de début du partenariat" });
    expect(error.message).toBe('line 7, field "Année de début du partenariat": "20x0" is not a year');
  });

  it("rejects an unknown status", () => {
    const error = ficheError(fixture("bad-status.txt"));
    expect(error).toMatchObject({ line: 6, field: "Le partenariat est" });
    expect(error.message).toMatch(/^line 6, field "Le partenariat est": "Suspendu" is not a status/);
  });

  it("rejects an amount in words", () => {
    const error = ficheError(fixture("bad-amount.txt"));
    expect(error).toMatchObject({ line: 11, field: "Financement du partenariat" });
    expect(error.message).toBe('line 11, field "Financement du partenariat": "douze" is not an amount in euros');
  });

  it("rejects a sub-theme without a theme", () => {
    expect(ficheError("Titre\nT\nThématique d'intervention\nSous-thématique d'intervention\nEau et déchets\n")).toMatchObject({
      line: 5,
      field: "Sous-thématique d'intervention",
    });
  });

  it("rejects an impossible end date and a funding row without an amount", () => {
    expect(ficheError("Titre\nT\nDate de fin du partenariat\n31/02/2021\n")).toMatchObject({
      line: 4,
      field: "Date de fin du partenariat",
    });
    expect(ficheError("Titre\nT\nFinancement du partenariat\nA | B |\n---|---|\nDijon |\n")).toMatchObject({
      line: 6,
      field: "Financement du partenariat",
    });
  });
});
