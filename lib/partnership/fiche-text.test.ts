import { describe, expect, it } from "vitest";
import { makePartnership } from "../test-support/factories";
import { paragraphsOf, partnershipDescription, shortTitle, sourceKindLabel, titleLines, triennialText } from "./fiche-text";

const SEED_TITLE =
  "Engagement des villes dans la transition écologique.\nPartage de bonnes pratiques et renforcement mutuel des capacités pour une meilleure coordination des actions environnementales.";

describe("fiche text", () => {
  it("splits a title into its first line and subtitle lines", () => {
    expect(titleLines(SEED_TITLE)).toEqual({
      main: "Engagement des villes dans la transition écologique.",
      rest: ["Partage de bonnes pratiques et renforcement mutuel des capacités pour une meilleure coordination des actions environnementales."],
    });
    expect(titleLines("Jumelage Tours – Brasov")).toEqual({ main: "Jumelage Tours – Brasov", rest: [] });
  });

  it("shortens the first line at a word", () => {
    expect(shortTitle(SEED_TITLE)).toBe("Engagement des villes dans la transition écologique.");
    expect(shortTitle("Coopération pour le développement durable des territoires ruraux", 40)).toBe("Coopération pour le développement…");
    expect(shortTitle("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("splits free text into paragraphs, dropping blank lines", () => {
    expect(paragraphsOf("Premier.\n\n  Second.  \n")).toEqual(["Premier.", "Second."]);
  });

  it.each([
    [true, "Le partenariat est triennal"],
    [false, "Le partenariat n'est pas triennal"],
    [null, null],
  ] as const)("triennial %s → %s", (value, text) => {
    expect(triennialText(value)).toBe(text);
  });

  it("names every source kind in French", () => {
    expect(["atlas-fiche", "csv", "spreadsheet", "json", "demo"].map((kind) => sourceKindLabel(kind as never))).toEqual([
      "Fiche de l'Atlas", "Import CSV", "Import de tableur", "Import JSON", "Données de démonstration",
    ]);
  });

  it("describes a partnership in one sentence of at most 160 characters", () => {
    expect(partnershipDescription(makePartnership())).toBe(
      "Fiche du partenariat de coopération décentralisée Dijon – Municipalité de Chefchaouen (Maroc) : Environnement, Climat et Energie.",
    );
    expect(partnershipDescription(makePartnership({ source: { kind: "demo", real: false, file: null, url: null, atlasId: null } }))).toMatch(
      /^Fiche de démonstration \(générée\) du partenariat de coopération décentralisée Dijon/,
    );
    const long = makePartnership({ frenchAuthorities: Array.from({ length: 12 }, (_, i) => ({ name: `Commune ${i}`, code: null, kind: null, departement: null, region: null })) });
    expect(partnershipDescription(long).length).toBeLessThanOrEqual(160);
  });
});
