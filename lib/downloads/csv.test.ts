import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatInteger } from "../format";
import { csvChunks } from "./csv";
import { BATCH_SIZE, fundingTable, listTable, partnershipsTable } from "./tables";
import { FORMULA_TITLE, filtersOf, testDataset, testEngine } from "./test-dataset";

const readBack = (csv: string): string[][] => parse(csv, { delimiter: ";", bom: true, relax_column_count: true, record_delimiter: "\r\n" });

const NOTES = [
  "Source : Atlas français de la coopération décentralisée (MEAE) — données de démonstration",
  "Données au 30/11/2026",
  "Réutilisation libre avec mention de la source (Licence Ouverte / Etalab 2.0, sous laquelle le MEAE publie ses données ouvertes).",
  "Données de démonstration : chiffres générés, non réels.",
];

describe("csvChunks of the partnerships", () => {
  const engine = testEngine();
  const chunks = [...csvChunks(partnershipsTable(engine))];
  const csv = chunks.join("");
  const records = readBack(csv);

  it("writes a BOM, CRLF line ends, the notes, an empty line, then the French header", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(records.slice(0, 7)).toEqual([["3 partenariats, un par ligne"], ["Partenariats de la coopération décentralisée"], ...NOTES.map((n) => [n]), [""]]);
    expect(records[7]!.slice(0, 3)).toEqual(["Identifiant", "Identifiant Atlas", "Titre"]);
  });

  it("writes one row per partnership, numbers with a decimal comma, and guards formulas", () => {
    const header = records[7]!;
    const rows = records.slice(8).map((record) => Object.fromEntries(header.map((name, index) => [name, record[index]])));
    expect(rows.map((row) => row.Identifiant)).toEqual(["15909", "g1", "g2"]);
    expect(rows[0]).toMatchObject({ "Montant total déclaré (€)": "48652", "Identifiant Atlas": "15909", "Année de début": "2019", "Pays des partenaires": "Maroc | Atlantide" });
    expect(rows[1]!.Titre).toBe(`'${FORMULA_TITLE}`);
    expect(rows[2]).toMatchObject({ Titre: 'Eau; assainissement et "hygiène"\nSous-titre', Statut: "", "Fiche réelle ou générée": "générée" });
  });

  it("says nothing of demonstration data for an imported dataset", () => {
    const imported = [...csvChunks(partnershipsTable(testEngine(testDataset(0, false))))].join("");
    expect(imported).not.toContain("démonstration");
  });
});

describe("csvChunks by batches", () => {
  const engine = testEngine(testDataset(2 * BATCH_SIZE + 10));

  it("yields the head with the first rows, then one chunk per batch of records", () => {
    const chunks = [...csvChunks(partnershipsTable(engine))];
    expect(chunks).toHaveLength(3);
    expect(readBack(chunks[1]!)).toHaveLength(BATCH_SIZE);
    expect(readBack(chunks.join("")).length).toBe(8 + engine.index.count);
  });

  it("writes every funding row, in the order of the partnerships", () => {
    const records = readBack([...csvChunks(fundingTable(engine))].join(""));
    expect(records[0]).toEqual([`${formatInteger(1_008)} lignes de financement de ${formatInteger(2_013)} partenariats`]);
    const rows = records.slice(8);
    expect(rows).toHaveLength(3 + BATCH_SIZE + 5);
    expect(rows.slice(0, 3)).toEqual([
      ["15909", "Ministère de l'Europe et des Affaires étrangères", "Ministère de l'Europe et des Affaires étrangères", "20000,5", "", "2019"],
      ["15909", "Dijon", "Fonds propres de la collectivité française", "28651,5", "1500", ""],
      ["g2", "Ministère de l'Europe et des Affaires étrangères", "Ministère de l'Europe et des Affaires étrangères", "18000", "", "2020"],
    ]);
  });
});

describe("csvChunks of a list", () => {
  const engine = testEngine(testDataset(30));

  it("holds every partnership the filters keep, in the list's order, with the filters in words", () => {
    const records = readBack([...csvChunks(listTable(engine, filtersOf("country=MA&yearFrom=2019"), "-amount"))].join(""));
    const page = engine.list({ ...filtersOf("country=MA&yearFrom=2019"), sort: "-amount", page: 1, pageSize: 200 });
    expect(records[0]).toEqual([`${formatInteger(page.total)} partenariats, triés par montant déclaré, du plus grand au plus petit`]);
    expect(records.slice(1, 4)).toEqual([["Liste des partenariats"], ["Pays : Maroc"], ["Années : à partir de 2019"]]);
    const header = records.indexOf(records.find((record) => record[0] === "Identifiant")!);
    const rows = records.slice(header + 1);
    expect(rows.map((row) => row[0])).toEqual(page.items.map((item) => item.id));
    expect(records[header]!.at(-1)).toBe("Montant déclaré selon les filtres (€)");
    // The list's amount keeps the rows of the years asked for; the total keeps them all.
    expect(rows[0]!.at(-1)).toBe(formatNumber(page.items[0]!.amount));
  });

  it("says when the list has no filter", () => {
    const records = readBack([...csvChunks(listTable(engine, filtersOf(""), "title"))].join(""));
    expect(records[2]).toEqual(["Sans filtre : tous les partenariats"]);
    expect(records.length).toBe(9 + engine.index.count);
  });
});

const formatNumber = (value: number) => String(value).replace(".", ",");
