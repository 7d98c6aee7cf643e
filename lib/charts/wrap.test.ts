import { describe, expect, it } from "vitest";
import { formatEuros } from "@/lib/format";
import { wrapText } from "./wrap";

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
