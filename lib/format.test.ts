import { describe, expect, it } from "vitest";
import { formatEuros, formatEurosCompact, formatInteger, formatIsoDate, formatPercent, formatsOf } from "./format";

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

describe("English number formats", () => {
  const en = formatsOf("en");
  it.each([
    [1_234_567, "€1.2m"],
    [62_800_000, "€62.8m"],
    [48_652, "€48.7k"],
    [9_500, "€9,500"],
    [2_500_000_000, "€2.5bn"],
    [-48_652, "-€48.7k"],
  ])("eurosCompact(%d) → %s", (value, expected) => expect(en.eurosCompact(value)).toBe(expected));

  it("writes integers, euros, shares and ratios the English way", () => {
    expect(en.integer(12700)).toBe("12,700");
    expect(en.euros(48652)).toBe("€48,652");
    expect(en.percent(0.384)).toBe("38%");
    expect(en.ratio(4.5312)).toBe("4.53");
    expect(en.isoDate("2021-12-31")).toBe("31/12/2021");
  });

  it("keeps French the default", () => {
    expect(plain(formatsOf().eurosCompact(48_652))).toBe("48,7 k€");
  });
});
