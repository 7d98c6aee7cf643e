import { describe, expect, it } from "vitest";
import { formatEuros } from "@/lib/format";
import { fitLines, wrapText } from "./wrap";

describe("wrapText", () => {
  it("breaks at spaces into lines of at most maxChars", () => {
    expect(wrapText("Financements déclarés par année et par catégorie", 20)).toEqual(["Financements", "déclarés par année", "et par catégorie"]);
    expect(wrapText("  court  ", 20)).toEqual(["court"]);
    expect(wrapText("", 20)).toEqual([]);
  });

  it("never breaks a formatted figure at its no-break spaces, nor cuts a long word", () => {
    expect(wrapText(`Total ${formatEuros(1_234_567)}`, 8)).toEqual(["Total", formatEuros(1_234_567)]);
    expect(wrapText("Anticonstitutionnellement oui", 10)).toEqual(["Anticonstitutionnellement", "oui"]);
  });
});

describe("fitLines", () => {
  it("keeps a label that fits on one line as it is", () => {
    expect(fitLines("Maroc", 23)).toEqual({ lines: ["Maroc"], spaced: [false], truncated: false });
  });

  it("wraps a long name on two lines at a space before cutting anything", () => {
    const fitted = fitLines("Environnement, Climat et Energie", 23);
    expect(fitted).toEqual({ lines: ["Environnement, Climat", "et Energie"], spaced: [false, true], truncated: false });
  });

  it("breaks after a hyphen when that holds the name on two lines", () => {
    const fitted = fitLines("Région Provence-Alpes-Côte d'Azur", 22);
    expect(fitted.lines).toEqual(["Région Provence-Alpes-", "Côte d'Azur"]);
    expect(fitted.spaced).toEqual([false, false]);
    expect(fitted.truncated).toBe(false);
    // Spaces first: a compound name stays whole when that holds the label.
    expect(fitLines("Région Auvergne-Rhône-Alpes", 26).lines).toEqual(["Région", "Auvergne-Rhône-Alpes"]);
  });

  it("cuts the second line with an ellipsis at a word boundary when two lines are not enough", () => {
    const label = "Ministère de l'Europe et des Affaires étrangères";
    const fitted = fitLines(label, 23);
    expect(fitted.lines).toEqual(["Ministère de l'Europe", "et des Affaires…"]);
    expect(fitted.truncated).toBe(true);
    for (const line of fitted.lines) expect(Array.from(line).length).toBeLessThanOrEqual(23);
    // What is shown is the start of the name, word for word.
    expect(label.startsWith(`${fitted.lines[0]} ${fitted.lines[1]!.replace("…", "")}`)).toBe(true);
    expect(fitLines(label, 26)).toEqual({ lines: ["Ministère de l'Europe et", "des Affaires étrangères"], spaced: [false, true], truncated: false });
  });

  it("cuts a word longer than a line rather than overflowing", () => {
    const fitted = fitLines("Anticonstitutionnellement oui", 10);
    expect(fitted.lines).toEqual(["Anticonst…"]);
    expect(fitted.truncated).toBe(true);
  });

  it("takes one line only when asked", () => {
    expect(fitLines("Environnement, Climat et Energie", 23, 1)).toEqual({ lines: ["Environnement, Climat…"], spaced: [false], truncated: true });
  });
});
