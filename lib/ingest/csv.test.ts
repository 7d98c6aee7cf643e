import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeFunding, makePartnership } from "../test-support/factories";
import { parseCsv, toCsv } from "./csv";
import { ImportError } from "./values";

const SAMPLE = readFileSync(path.join(__dirname, "../../data/real/atlas-fiches-sample.csv"), "utf8");

describe("the real transcribed sample (data/real/atlas-fiches-sample.csv)", () => {
  const records = parseCsv(SAMPLE, "atlas-fiches-sample.csv");
  const byId = new Map(records.map((r) => [r.id, r]));

  it("reads its 8 partnerships, keyed by their Atlas ids", () => {
    expect(records.map((r) => r.id)).toEqual(["15909", "6471", "3203", "2833", "12693", "9467", "12522", "636"]);
    expect(records.every((r) => r.source.real && r.source.kind === "csv")).toBe(true);
  });

  it("reads Dijon–Chefchaouen as on the fiche", () => {
    const p = byId.get("15909")!;
    expect(p.title).toBe("Engagement des villes dans la transition écologique.");
    expect(p.firstSignatureYear).toBe(2016);
    expect(p.startYear).toBe(2020);
    expect(p.status).toBe("ongoing");
    expect(p.endDate).toBe("2021-12-31");
    expect(p.theme).toEqual({ theme: "Environnement, Climat et Energie", subTheme: "Protection / Gestion de l'environnement / Biodiversité", subSubTheme: null });
    expect(p.otherThemes).toEqual([
      { theme: "Politique, humanitaire et coopération transfrontalière", subTheme: "Gouvernance locale et appui institutionnel", subSubTheme: null, priority: 1 },
    ]);
    expect(p.frenchAuthorities[0]).toMatchObject({ name: "Dijon", code: "21231", kind: "commune" });
    expect(p.foreignPartners).toEqual([{ name: "Municipalité de Chefchaouen", country: "MA", countryName: "Maroc" }]);
    expect(p.embassy).toEqual({ post: "Ambassade de France à Rabat", contacts: [] });
    expect(p.source.atlasId).toBe(15909);
    expect(p.source.url).toContain("prjId=15909");
  });

  it("reads the older template's records, completed ones with their end date, and empty themes", () => {
    expect(byId.get("2833")).toMatchObject({ status: "completed", endDate: "2016-12-31", startYear: 2007 });
    expect(byId.get("2833")!.frenchAuthorities[0]).toMatchObject({ name: "Région Bretagne", kind: "region", code: "53" });
    expect(byId.get("636")).toMatchObject({ theme: null, firstSignatureYear: 1990 });
    expect(byId.get("636")!.foreignPartners[0]).toMatchObject({ country: "RO" });
    expect(byId.get("12693")!.frenchAuthorities).toEqual([]);
  });
});

describe("the project's CSV format", () => {
  it("round-trips every field it carries", () => {
    const records = [
      makePartnership({
        id: "demo-00001",
        title: "Titre\nSous-titre, avec « guillemets » et ; point-virgule",
        otherThemes: [{ theme: "Economie durable", subTheme: "Agriculture et développement rural", subSubTheme: null, priority: 2 }],
        status: "completed",
        endDate: "2019-06-30",
        context: 'Contexte "cité" sur\ndeux lignes',
        objectives: { local: "Local", france: "France" },
        triennial: false,
        embassy: { post: "Ambassade de France à Rabat", contacts: [] },
        funding: [
          makeFunding({ amount: 8845.5, year: 2020 }),
          makeFunding({ financer: "Dijon", category: "french-authority", amount: 11241, oudinAmount: 2000, year: 2021 }),
          makeFunding({ financer: "Agence de l'eau", category: "other", amount: 9000, oudinAmount: 3500, oudinAmounts: [1000, 2000, 500], year: 2021 }),
        ],
        source: { kind: "csv", real: false, file: null, url: null, atlasId: null },
      }),
      makePartnership({ id: "15909", source: { kind: "csv", real: true, file: null, url: "https://example.org/p", atlasId: 15909 } }),
    ];
    const back = parseCsv(toCsv(records), null);
    expect(back).toEqual(records);
  });

  it("rejects a file with bad rows, naming each row's line and column", () => {
    const csv = [
      "titre,annee_debut,statut,financements",
      "Bon partenariat,2019,En cours,",
      "Mauvaise année,20x0,En cours,",
      "Mauvais statut,2019,Suspendu,",
      "Mauvais montant,2019,Terminé,Dijon | douze | | 2020",
    ].join("\n");
    let error: unknown;
    try {
      parseCsv(csv, "x.csv");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    const problems = (error as ImportError).problems.map((p) => [p.line, p.field]);
    expect(problems).toEqual([
      [3, "annee_debut"],
      [4, "statut"],
      [5, "financements"],
    ]);
    expect((error as Error).message).toContain('line 3, field "annee_debut": "20x0" is not a year');
  });

  it("rejects a CSV without a titre column", () => {
    expect(() => parseCsv("nom,pays\nA,Maroc\n", null)).toThrow(/no "titre" column/);
  });
});
