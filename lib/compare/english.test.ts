import { describe, expect, it } from "vitest";
import { labelsOf } from "../labels";
import { compareCaption, compareTable, coverageLines, type SideFigures } from "./figures";
import { compareRow } from "./rows";

const side = (partnerships: number, amount: number, funded: number): SideFigures =>
  ({ partnerships, amount, coverage: { partnerships, funded, share: funded / partnerships }, applied: [] }) as unknown as SideFigures;
const sides = { a: side(1200, 1_500_000, 600), b: side(2400, 4_500_000, 1800) };
const rows = [compareRow("eau", "Water", 1_000_000, 3_000_000, 10, 20)];

describe("a comparison's texts in English", () => {
  it("writes the sentence with English punctuation and numbers", () => {
    const caption = compareCaption({ a: "Senegal", b: "Morocco" }, sides, rows, "amount", "en");
    expect(caption.startsWith("Senegal: ")).toBe(true);
    expect(caption).toContain("; Morocco: ");
    expect(caption).toContain("€4.5m");
    expect(caption).not.toContain(" ; ");
    expect(compareCaption({ a: "Sénégal", b: "Maroc" }, sides, rows, "amount")).toContain(" ; Maroc : ");
  });

  it("gives each side's coverage and the table's headers in the language", () => {
    const text = labelsOf("en").compare;
    expect(coverageLines(sides, "en").a).toBe(text.coverage(text.side.a, "50%", "600", "1,200"));
    expect(compareTable(rows, rows[0]!, "country", "amount", "en").columns[0]!.label).toBe(labelsOf("en").columns.country);
  });
});
