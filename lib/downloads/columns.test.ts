import { describe, expect, it } from "vitest";
import { FUNDING_COLUMNS, LIST_COLUMNS, PARTNERSHIP_COLUMNS, fundingCells, listCells, partnershipCells } from "./columns";
import { testDataset } from "./test-dataset";

const [real, formula, subtitled] = testDataset().partnerships;
const byHeader = (cells: unknown[]) => Object.fromEntries(PARTNERSHIP_COLUMNS.map((column, index) => [column.label, cells[index]]));

describe("partnershipCells", () => {
  it("gives one cell per column, under French headers", () => {
    expect(partnershipCells(real!)).toHaveLength(PARTNERSHIP_COLUMNS.length);
    expect(PARTNERSHIP_COLUMNS.map((column) => column.label).slice(0, 5)).toEqual(["Identifiant", "Identifiant Atlas", "Titre", "Statut", "Année de début"]);
    expect(new Set(LIST_COLUMNS.map((column) => column.label)).size).toBe(LIST_COLUMNS.length);
  });

  it("writes a real fiche's fields, multi-valued cells joined in the record's order", () => {
    expect(byHeader(partnershipCells(real!))).toEqual({
      Identifiant: "15909",
      "Identifiant Atlas": 15909,
      Titre: "Dijon – Chefchaouen",
      Statut: "Terminé",
      "Année de début": 2019,
      "Année de première signature": 2010,
      "Date de fin": "2021-12-31",
      Thématique: "Environnement, Climat et Energie",
      "Sous-thématique": "Eau et déchets",
      "Sous-sous-thématique": "Eau et assainissement",
      "Autres thématiques": "Culture › Patrimoine",
      "Collectivités françaises": "Dijon | Association X",
      "Codes des collectivités (INSEE ou SIREN)": "21231 | ",
      "Types de collectivités": "Commune | ",
      "Départements (codes INSEE)": "21 | ",
      "Régions (codes INSEE)": "27 | ",
      "Partenaires étrangers": "Municipalité de Chefchaouen | Province inconnue",
      "Pays des partenaires (ISO)": "MA | ",
      "Pays des partenaires": "Maroc | Atlantide",
      Forme: "Projet de coopération décentralisée",
      "Montant total déclaré (€)": 48_652,
      "Lignes de financement": 2,
      "Fiche réelle ou générée": "réelle",
      "Adresse de la fiche": "https://exemple.invalid/fiche/15909",
    });
  });

  it("leaves unknown values empty and keeps the title whole, formula or subtitle", () => {
    const cells = byHeader(partnershipCells(subtitled!));
    expect(cells).toMatchObject({ Statut: null, Thématique: null, "Autres thématiques": "", "Montant total déclaré (€)": 18_000, "Fiche réelle ou générée": "générée" });
    expect(cells.Titre).toBe('Eau; assainissement et "hygiène"\nSous-titre');
    // Guarding formulas is each writer's job (CSV: an apostrophe; XLSX: a text cell).
    expect(byHeader(partnershipCells(formula!)).Titre).toBe(formula!.title);
  });
});

describe("fundingCells and listCells", () => {
  it("gives one row per funding row: partnership id, financer, French category, amounts, year", () => {
    expect(FUNDING_COLUMNS.map((column) => column.label)).toEqual([
      "Identifiant du partenariat", "Financeur", "Catégorie de financeur", "Montant (€)", "Montant 1 % Eau, loi Oudin (€)", "Année",
    ]);
    expect(fundingCells(real!)).toEqual([
      ["15909", "Ministère de l'Europe et des Affaires étrangères", "Ministère de l'Europe et des Affaires étrangères", 20_000.5, null, 2019],
      ["15909", "Dijon", "Fonds propres de la collectivité française", 28_651.5, 1_500, null],
    ]);
    expect(fundingCells(formula!)).toEqual([]);
  });

  it("adds the list's amount, to the cent, after the partnership's cells", () => {
    const cells = listCells(real!, 20_000.499_999);
    expect(cells).toHaveLength(LIST_COLUMNS.length);
    expect(cells.at(-1)).toBe(20_000.5);
    expect(cells.slice(0, -1)).toEqual(partnershipCells(real!));
  });
});
