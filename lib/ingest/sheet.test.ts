import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeName } from "../normalize";
import { scratchDir, writeText, writeXlsx } from "../test-support/sheets";
import { fundingRules } from "./checks";
import { importFiles } from "./import";
import { type ColumnMap, isProjectCsv, loadColumnMap, parseColumnMap, readSpreadsheet } from "./sheet";
import { SHEET_COLUMNS, SYNONYMS } from "./sheet-synonyms";
import { ImportError } from "./values";

const rules = fundingRules({ today: "2026-12-01" });
const MEAE = "Ministère de l'Europe et des Affaires étrangères";
const EXAMPLE = path.join(__dirname, "../../data/examples");

/** An export by zone: a notes sheet first, two title lines and a blank one above headers that are not the project's. */
async function zoneWorkbook() {
  const dir = await scratchDir();
  const header = [
    "N° projet", "Libellé de l'action", "Collectivité", "Partenaire local", "Pays bénéficiaire", "Domaine", "Sous-domaine",
    "Démarrage", "Situation", "Fin", "Somme", "Bailleur", "Exercice", "Observations", "Code interne",
  ];
  const chefchaouen = ["Engagement des villes", "Dijon", "Municipalité de Chefchaouen", "Maroc", "Environnement, Climat et Energie"];
  const richSubTheme = { richText: [{ text: "Protection / Gestion de l'environnement " }, { font: { bold: true }, text: "/ Biodiversité" }] };
  const water = ["Exemple — Eau", "Région Bretagne ; Rennes", "Commune de Saint-Louis", "Sénégal", "Environnement, Climat et Energie", null];
  const file = await writeXlsx(dir, "zone.xlsx", {
    Notes: [["Ce classeur est un exemple de test."]],
    "Zone Afrique": [
      ["Atlas — export zone Afrique"],
      ["Extraction du 01/12/2026"],
      [],
      header,
      [15909, ...chefchaouen, richSubTheme, 2020, "En cours", new Date(Date.UTC(2021, 11, 31)), 8845, MEAE, 2020, "vu", "X1"],
      [15909, ...chefchaouen, null, 2020, "En cours", null, 11241, null, null],
      ["15909", ...chefchaouen, null, null, null, null, "2 000,50 €", "Dijon", 2021],
      [null, ...water, 2018, "Terminé", null, { formula: "1000+500", result: 1500 }, "Agence de l'eau Loire-Bretagne", 2019],
      [null, "exemple —  EAU", "Région Bretagne;Rennes", null, "senegal", null, null, null, null, null, 3000, null, 2019],
      [],
      [null, "Exemple — Sans financement", "Lille", "Ville de Cotonou", "Bénin", null, null, 2017, null, null, null, null, null, "pas de montant"],
    ],
  });
  const map: ColumnMap = parseColumnMap({
    sheet: "Zone Afrique",
    columns: {
      "Libellé de l'action": "titre", Collectivité: "collectivite_francaise", "Partenaire local": "partenaire_etranger",
      "Pays bénéficiaire": "pays", Domaine: "thematique", "Sous-domaine": "sous_thematique", Démarrage: "annee_debut",
      Situation: "statut", Fin: "date_fin", Somme: "montant", Bailleur: "financeur", Exercice: "annee_financement",
    },
    ignore: ["Observations"],
  });
  return { dir, file, map };
}

describe("a spreadsheet read through a map", () => {
  it("finds the header below the title lines and groups one amount a row into partnerships, field by field", async () => {
    const { file, map } = await zoneWorkbook();
    const [dijon, water, lille, ...rest] = await readSpreadsheet(file, { map, rules });
    expect(rest).toEqual([]);

    expect(dijon).toEqual({
      id: "15909",
      title: "Engagement des villes",
      firstSignatureYear: null,
      theme: { theme: "Environnement, Climat et Energie", subTheme: "Protection / Gestion de l'environnement / Biodiversité", subSubTheme: null },
      otherThemes: [],
      startYear: 2020,
      status: "ongoing",
      endDate: "2021-12-31",
      context: null,
      history: null,
      objectives: { local: null, france: null },
      description: null,
      form: null,
      triennial: null,
      frenchAuthorities: [{ name: "Dijon", code: "21231", kind: "commune", departement: "21", region: "27" }],
      foreignPartners: [{ name: "Municipalité de Chefchaouen", country: "MA", countryName: "Maroc" }],
      foreignContacts: [],
      embassy: null,
      funding: [
        { financer: MEAE, category: "meae", amount: 8845, oudinAmount: null, year: 2020 },
        // No financer: the French authority; no year: the start year.
        { financer: "Dijon", category: "french-authority", amount: 11241, oudinAmount: null, year: 2020 },
        { financer: "Dijon", category: "french-authority", amount: 2000.5, oudinAmount: null, year: 2021 },
      ],
      volunteers: [],
      source: { kind: "spreadsheet", real: true, file: "zone.xlsx", url: null, atlasId: 15909 },
    });

    // No prj_id: the rows with the same title, authorities and countries (case, accents, spaces aside) are one partnership.
    expect(water!.id).toMatch(/^csv-[0-9a-f]{10}$/);
    expect(water).toMatchObject({ title: "Exemple — Eau", startYear: 2018, status: "completed", endDate: null, theme: { theme: "Environnement, Climat et Energie" } });
    expect(water!.frenchAuthorities.map((a) => [a.name, a.kind, a.code])).toEqual([["Région Bretagne", "region", "53"], ["Rennes", "commune", "35238"]]);
    expect(water!.foreignPartners).toEqual([{ name: "Commune de Saint-Louis", country: "SN", countryName: "Sénégal" }]);
    expect(water!.funding).toEqual([
      { financer: "Agence de l'eau Loire-Bretagne", category: "other", amount: 1500, oudinAmount: null, year: 2019 },
      { financer: "Région Bretagne", category: "french-authority", amount: 3000, oudinAmount: null, year: 2019 },
    ]);

    expect(lille).toMatchObject({ title: "Exemple — Sans financement", startYear: 2017, funding: [], theme: null });
    expect(lille!.foreignPartners[0]).toMatchObject({ country: "BJ" });
  });

  it("finds the sheet without the map's sheet name: the first one with a header row", async () => {
    const { file, map } = await zoneWorkbook();
    const { sheet: _, ...anySheet } = map;
    expect((await readSpreadsheet(file, { map: anySheet, rules })).map((p) => p.id)).toHaveLength(3);
  });

  it("imports the documented example (data/examples) cleanly, marked as not real", async () => {
    const map = await loadColumnMap(path.join(EXAMPLE, "exemple-zone-afrique.map.json"));
    const records = await readSpreadsheet(path.join(EXAMPLE, "exemple-zone-afrique.xlsx"), { map, rules });
    expect(records.map((p) => p.title)).toEqual([
      "Exemple — Accès à l'eau potable dans les quartiers périphériques",
      "Exemple — Appui à l'état civil communal",
      "Exemple — Formation agricole des jeunes",
    ]);
    expect(records.every((p) => p.title.startsWith("Exemple — ") && !p.source.real && p.source.kind === "spreadsheet")).toBe(true);
    expect(records.every((p) => p.frenchAuthorities.every((a) => a.code !== null) && p.foreignPartners.every((f) => f.country !== null))).toBe(true);
    expect(records.map((p) => p.funding.reduce((sum, row) => sum + row.amount, 0))).toEqual([77_500, 40_000, 28_000.5]);
    expect(records[0]!.funding.map((row) => [row.financer, row.year])).toEqual([
      ["Région Nouvelle-Aquitaine", 2022], [MEAE, 2022], ["Région Nouvelle-Aquitaine", 2022],
    ]);
  });
});

describe("recognised headers, without a map", () => {
  it("reads an XLSX whose headers are French synonyms", async () => {
    const dir = await scratchDir();
    const file = await writeXlsx(dir, "synonymes.xlsx", {
      Feuille: [
        ["Export"],
        ["Intitulé du projet", "Collectivité française", "Partenaire étranger", "Pays", "Thème", "Année de début", "État", "Montant (€)", "Financeur", "Année de financement", "Identifiant"],
        ["Jumelage", "Nantes", "Ville de Tlemcen", "Algérie", "Culture, patrimoine, sport et jeunesse", 2016, "Terminée", 4000, null, 2017, 636],
      ],
    });
    const [record] = await readSpreadsheet(file, { rules });
    expect(record).toMatchObject({ id: "636", title: "Jumelage", startYear: 2016, status: "completed", theme: { theme: "Culture, patrimoine, sport et jeunesse" } });
    expect(record!.funding).toEqual([{ financer: "Nantes", category: "french-authority", amount: 4000, oudinAmount: null, year: 2017 }]);
  });

  it("reads a CSV with ';', a BOM, a title line and French amounts, through the import of any file", async () => {
    const dir = await scratchDir();
    const csv = await writeText(
      dir,
      "zone-europe.csv",
      "\uFEFFAtlas, zone Europe;;;\r\n\r\nTitre;Collectivité territoriale;Partenaire;Pays;Année;Statut;Montant;Financeur\r\n" +
        "Jumelage exemple;Dijon;Ville de Mayence;Allemagne;2015;En cours;12 500,50;\r\n" +
        "Jumelage exemple;Dijon;Ville de Mayence;Allemagne;2015;En cours;\"1.000\";MEAE\r\n",
    );
    const report = await importFiles(path.join(dir, "data"), [csv], "2026-12-01");
    expect(report).toMatchObject({ added: 1, rejected: [] });
    const [record] = await readSpreadsheet(csv, { rules });
    expect(record).toMatchObject({ title: "Jumelage exemple", startYear: 2015, status: "ongoing", source: { kind: "spreadsheet", file: "zone-europe.csv" } });
    expect(record!.foreignPartners).toEqual([{ name: "Ville de Mayence", country: "DE", countryName: "Allemagne" }]);
    expect(record!.funding.map((row) => [row.financer, row.category, row.amount, row.year])).toEqual([
      ["Dijon", "french-authority", 12_500.5, 2015],
      ["MEAE", "meae", 1000, 2015],
    ]);
  });

  it("refuses two headers read as one column, until the map ignores one", async () => {
    const dir = await scratchDir();
    const file = await writeText(dir, "annees.csv", "Titre;Année;Année de début;Pays\nA;2019;2018;Maroc\n");
    const error = (await readSpreadsheet(file, { rules }).catch((e: ImportError) => e)) as ImportError;
    expect(error.problems.map((p) => [p.line, p.field, p.reason])).toEqual([
      [1, "Année de début", '"Année" (column B) and "Année de début" (column C) are both read as annee_debut: map one of them to another column, or list it in the map\'s ignore'],
    ]);
    const [record] = await readSpreadsheet(file, { map: parseColumnMap({ ignore: ["Année"] }), rules });
    expect(record).toMatchObject({ title: "A", startYear: 2018 });
  });

  it("leaves the project's own CSV to its reader", () => {
    expect(isProjectCsv("titre,prj_id,pays,financements,Commentaire\n")).toBe(true);
    expect(isProjectCsv("\uFEFFTitre,Pays\n")).toBe(true);
    expect(isProjectCsv("Titre;Pays;Montant\n")).toBe(false);
    expect(isProjectCsv("titre,pays,montant\n")).toBe(false);
    expect(isProjectCsv("Intitulé,Pays\n")).toBe(false);
    expect(isProjectCsv("Export zone Afrique\n")).toBe(false);
  });

  it("has no header standing for two columns, and only the project's columns", () => {
    const seen = new Map<string, string>();
    for (const [column, names] of Object.entries(SYNONYMS)) {
      expect(SHEET_COLUMNS).toContain(column);
      for (const name of [column, ...names!]) {
        const key = normalizeName(name);
        expect(seen.get(key) ?? column, `"${name}"`).toBe(column);
        seen.set(key, column);
      }
    }
  });

  it("are all listed in data/README.md", () => {
    const readme = readFileSync(path.join(__dirname, "../../data/README.md"), "utf8");
    const table = readme.slice(readme.indexOf("### Synonymes reconnus sans carte"), readme.indexOf("### `inspect`"));
    for (const [column, names] of Object.entries(SYNONYMS)) {
      const line = table.split("\n").find((row) => row.startsWith("| ") && row.includes(`\`${column}\``));
      expect(line, column).toBeDefined();
      for (const name of names!) expect(line, `${column}: ${name}`).toContain(name);
    }
  });
});

describe("a bad map", () => {
  const problemsOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).problems.map((p) => ({ line: p.line, field: p.field, message: p.reason }));
    }
    throw new Error("no problem reported");
  };

  it("names an unknown column, a column mapped twice and an unknown key", () => {
    expect(problemsOf(() => parseColumnMap({ columns: { Intitulé: "titr", Nom: "titre", Libellé: "titre" }, colonnes: {} }))).toEqual([
      { line: null, field: null, message: expect.stringMatching(/^Unrecognized key: "colonnes"; the keys are description, sheet, columns, ignore, origine$/) },
      { line: null, field: "columns.Intitulé", message: expect.stringMatching(/^unknown column "titr"; the columns are: id, prj_id, .*annee_financement$/) },
      { line: null, field: "columns.Libellé", message: '"Libellé" and "Nom" are both mapped to titre' },
    ]);
    expect(problemsOf(() => parseColumnMap({ columns: { Pays: "pays", "PAYS ": "pays" } }))[0]!.message).toMatch(/same header as "Pays"/);
  });

  it("reads a map file, and says when it is not JSON", async () => {
    const dir = await scratchDir();
    expect(await loadColumnMap(await writeText(dir, "ok.json", '{"columns": {"Intitulé": "titre"}}'))).toEqual({ columns: { Intitulé: "titre" }, ignore: [] });
    await expect(loadColumnMap(await writeText(dir, "bad.json", "{columns:"))).rejects.toThrow(/the map is not valid JSON/);
  });

  it("names a header of the map that the file does not have, and lists the file's headers", async () => {
    const { file, map } = await zoneWorkbook();
    const error = await readSpreadsheet(file, { map: { ...map, columns: { ...map.columns, "Nom du porteur": "description" } }, rules }).catch((e: ImportError) => e);
    expect(error).toBeInstanceOf(ImportError);
    const [problem, ...others] = (error as ImportError).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ line: 4, field: "Nom du porteur" });
    expect(problem!.reason).toMatch(/^the map's header "Nom du porteur" is not in sheet "Zone Afrique" \(the row closest to the map, line 4, has the headers "N° projet", "Libellé de l'action", .*"Code interne"\)$/);
    await expect(readSpreadsheet(file, { map: { ...map, sheet: "Europe" }, rules })).rejects.toThrow(/no sheet "Europe" \(the map's sheet\); the sheets are "Notes", "Zone Afrique"/);
  });
});
