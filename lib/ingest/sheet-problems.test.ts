import path from "node:path";
import { describe, expect, it } from "vitest";
import { type TestCell, scratchDir, writeText, writeXlsx } from "../test-support/sheets";
import { fundingRules } from "./checks";
import { importFiles } from "./import";
import { inspectSpreadsheet, readSpreadsheet } from "./sheet";
import { ImportError } from "./values";

const rules = fundingRules({ today: "2026-12-01" });
const HEADER = ["Titre", "Collectivité française", "Pays", "Année de début", "Montant", "Financeur", "Année de financement"];

async function rejection(file: string, options = { rules }) {
  const error = await readSpreadsheet(file, options).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).problems.map((p) => ({ line: p.line, field: p.field, message: p.reason }));
}

describe("rows the import refuses", () => {
  it("rejects the whole file, naming each problem's line, header and column", async () => {
    const dir = await scratchDir();
    const file = await writeXlsx(dir, "mauvais.xlsx", {
      Feuille: [
        HEADER,
        ["A", "Dijon", "Maroc", 2020, 1000, null, 3000],
        ["B", "Dijon", "Maroc", 2020, 1e15, null, 2020],
        ["C", "Dijon", "Maroc", 2020, -500, null, 2020],
        ["D", "Dijon", "Maroc", 2020, "douze mille", null, 2020],
        ["E", "Dijon", "Maroc", null, 1000, null, null],
        ["F", "Dijon", "Maroc", new Date(Date.UTC(2020, 2, 1)), 1000, null, 2020],
        ["G", "Dijon", "Maroc", 2020, "-1 200", null, 2020],
        ["H", "Dijon", "Maroc", 2020, 1000, null, 2020],
      ],
    });
    expect(await rejection(file)).toEqual([
      { line: 2, field: "Année de financement → annee_financement", message: '"3000" is not a funding year (1950 to 2027)' },
      { line: 3, field: "Montant → montant", message: expect.stringMatching(/^the amount 1\s000\s000\s000\s000\s000\s€ is above the ceiling of 50\s000\s000\s€ per funding row \(import with --allow-large-amounts/) },
      { line: 4, field: "Montant → montant", message: expect.stringMatching(/^the amount -500\s€ is negative$/) },
      { line: 5, field: "Montant → montant", message: '"douze mille" is not an amount' },
      { line: 6, field: "Année de financement → annee_financement", message: "the funding row has no year (1950 to 2027), and the partnership no start year" },
      { line: 7, field: "Année de début → annee_debut", message: "01/03/2020 is a date where a year was expected" },
      { line: 8, field: "Montant → montant", message: expect.stringMatching(/^the amount -1\s200\s€ is negative$/) },
    ]);
    // All or nothing: the good row H is not imported either.
    const report = await importFiles(path.join(dir, "data"), [file], "2026-12-01");
    expect(report).toMatchObject({ added: 0, total: 0, rejected: [{ file, problems: expect.arrayContaining([expect.objectContaining({ line: 5, field: "Montant → montant" })]) }] });
  });

  it("accepts 60 M€ with --allow-large-amounts only", async () => {
    const dir = await scratchDir();
    const file = await writeXlsx(dir, "gros.xlsx", { Feuille: [HEADER, ["A", "Dijon", "Maroc", 2020, 60_000_000, "MEAE", 2020]] });
    expect((await rejection(file))[0]).toMatchObject({ line: 2, field: "Montant → montant" });
    const [record] = await readSpreadsheet(file, { rules: fundingRules({ today: "2026-12-01", allowLargeAmounts: true }) });
    expect(record!.funding).toEqual([{ financer: "MEAE", category: "meae", amount: 60_000_000, oudinAmount: null, year: 2020 }]);
    const data = path.join(dir, "data");
    expect((await importFiles(data, [file], "2026-12-01")).rejected).toHaveLength(1);
    expect(await importFiles(data, [file], "2026-12-01", { allowLargeAmounts: true })).toMatchObject({ added: 1, rejected: [] });
  });

  it("refuses rows of one partnership that disagree, a start year that is no funding year, and a funding row with no amount", async () => {
    const dir = await scratchDir();
    const file = await writeXlsx(dir, "desaccord.xlsx", {
      Feuille: [
        ["Identifiant", ...HEADER, "Statut"],
        [12, "A", "Dijon", "Maroc", 2020, 1000, null, 2020, "En cours"],
        [12, "A", "Dijon", "Maroc", 2020, 1000, null, 2021, "Terminé"],
        [13, "B", "Dijon", "Maroc", 1920, 1000, null, null],
        [14, "C", "Dijon", "Maroc", 2020, null, "MEAE", 2020],
        [15, "D", null, "Maroc", 2020, 1000, null, 2020],
      ],
    });
    expect(await rejection(file)).toEqual([
      { line: 3, field: "Statut → statut", message: '"Terminé" differs from "En cours" on line 2: the rows of one partnership must agree' },
      { line: 4, field: "Année de financement → annee_financement", message: 'the funding row has no year, and the start year it would default to is not one: "1920" is not a funding year (1950 to 2027)' },
      { line: 5, field: "Montant → montant", message: 'the funding row of "MEAE" has no amount' },
      { line: 6, field: "Financeur → financeur", message: "the funding row has no financer, and no French authority to default to" },
    ]);
  });

  it("says what header it looked for when there is none", async () => {
    const dir = await scratchDir();
    const file = await writeText(dir, "liste.csv", "Nom;Ville\nDupont;Lyon\n");
    await expect(readSpreadsheet(file, { rules })).rejects.toThrow(/^no header row found in the first 50 rows of sheet "CSV": looked for a row with a title column \("Titre", "Intitulé", /);
  });
});

describe("a Windows-1252 CSV", () => {
  it("is decoded as such, and said so", async () => {
    const dir = await scratchDir();
    // Windows-1252 is Latin-1 for "é"; not for "€" (0x80), "œ" (0x9C) and "’" (0x92).
    const latin1 = (text: string) => Buffer.from(text, "latin1");
    const bytes = Buffer.concat([
      latin1("Intitulé;Collectivité française;Pays;Année de début;Montant\nC"), Buffer.from([0x9c]), latin1("ur de l"), Buffer.from([0x92]),
      latin1("école;Région Grand Est;Sénégal;2019;1 500 "), Buffer.from([0x80, 0x0a]),
    ]);
    const file = await writeText(dir, "ancien.csv", bytes);
    const notes: string[] = [];
    const [record] = await readSpreadsheet(file, { rules, onNote: (note) => notes.push(note) });
    expect(notes).toEqual(["not valid UTF-8: decoded as Windows-1252"]);
    expect(record).toMatchObject({ title: "Cœur de l’école", startYear: 2019, foreignPartners: [], frenchAuthorities: [{ name: "Région Grand Est", code: "44" }] });
    expect(record!.funding).toEqual([{ financer: "Région Grand Est", category: "french-authority", amount: 1500, oudinAmount: null, year: 2019 }]);
    expect(await inspectSpreadsheet(file, null, { rules })).toContain("not valid UTF-8: decoded as Windows-1252");
  });
});

describe("inspect", () => {
  it("shows the header found, the columns read and ignored, the first partnerships and their problems", async () => {
    const dir = await scratchDir();
    const row = (title: string, amount: TestCell): TestCell[] => [title, "Dijon", "Ville de Chefchaouen", "Maroc", 2020, amount, null, 2021, "note", null];
    const file = await writeXlsx(dir, "zone.xlsx", {
      Zone: [
        ["Export zone Maghreb"],
        [],
        ["Titre", "Collectivité française", "Partenaire", "Pays", "Année de début", "Montant (€)", "Financeur", "Année de financement", "Commentaire"],
        row("P1", 1000), row("P1", 2500.5), row("P2", "beaucoup"), row("P3", 1), row("P4", 1), row("P5", 1),
        [...row("P6", -3).slice(0, 9), "sans en-tête"],
      ],
    });
    const output = await inspectSpreadsheet(file, null, { rules });
    expect(output).toContain('File: zone.xlsx (XLSX; sheets "Zone")\nSheet used: "Zone"\nHeader row: line 3\n');
    expect(output).toContain('  A "Titre" → titre (synonym)\n');
    expect(output).toContain('  F "Montant (€)" → montant (synonym)\n');
    expect(output).toContain('Columns ignored:\n  I "Commentaire": not recognised\n  J "column J": no header\n');
    expect(output).toContain("Data: 7 rows → 6 partnerships\nImport: would reject the file (2 problems; nothing of it is imported)\n");
    expect(output).toContain("First 5 partnerships as they would be imported:\n1. lines 4, 5\n   Title: P1\n");
    expect(output).toContain("   French authorities: Dijon (commune 21231)\n   Foreign partners: Ville de Chefchaouen (Maroc, MA)\n");
    expect(output).toMatch(/Funding: 2 rows, 3 500,50 €\n {5}2021 {2}Dijon \(french-authority\) {2}1 000 €\n {5}2021 {2}Dijon \(french-authority\) {2}2 500,50 €\n {3}Problems: none\n/);
    expect(output).toContain('2. line 6\n   Title: P2\n');
    expect(output).toContain('   Problems:\n     line 6, field "Montant (€) → montant": "beaucoup" is not an amount\n');
    expect(output).not.toContain("Title: P6");
    expect(output).toContain("1 more problem in the rows not shown (import lists them all).");
  });
});
