import { describe, expect, it } from "vitest";
import { formatEuros, formatEurosCompact, formatInteger, formatIsoDate, formatPercent } from "./format";

// Intl uses narrow no-break spaces (U+202F) as French thousands separators.
const plain = (value: string) => value.replace(/[\u202f\u00a0]/g, " ");

describe("French number formats", () => {
  it.each([
    [12700, "12 700"],
    [4800, "4 800"],
    [0, "0"],
    [1234567.8, "1 234 568"],
  ])("formatInteger(%d) → %s", (value, expected) => expect(plain(formatInteger(value))).toBe(expected));

  it.each([
    [48652, "48 652 €"],
    [0, "0 €"],
  ])("formatEuros(%d) → %s", (value, expected) => expect(plain(formatEuros(value))).toBe(expected));

  it.each([
    [1_234_567, "1,2 M€"],
    [62_800_000, "62,8 M€"],
    [48_652, "48,7 k€"],
    [950, "950 €"],
    [2_500_000_000, "2,5 Md€"],
  ])("formatEurosCompact(%d) → %s", (value, expected) => expect(plain(formatEurosCompact(value))).toBe(expected));

  it("formats shares as French percentages and ISO dates as French dates", () => {
    expect(plain(formatPercent(0.384))).toBe("38 %");
    expect(formatIsoDate("2021-12-31")).toBe("31/12/2021");
  });
});
