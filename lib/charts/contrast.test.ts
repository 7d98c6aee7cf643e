import { describe, expect, it } from "vitest";
import { DSFR_COLORS, FINANCER_CATEGORY_COLORS } from "@/lib/scales";
import { contrastRatio, readableTextColor, relativeLuminance } from "./contrast";

describe("contrast", () => {
  it("computes WCAG ratios", () => {
    expect(contrastRatio("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777")).toBe(1);
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(() => relativeLuminance("blue")).toThrow();
  });

  it("picks readable text on the DSFR colours", () => {
    expect(readableTextColor(DSFR_COLORS.blueFrance)).toBe("#ffffff");
    expect(readableTextColor(DSFR_COLORS.tournesol)).toBe("#161616");
    // Text may be written on the financer colours (legend, labels): normal-size text needs 4.5:1.
    for (const color of Object.values(FINANCER_CATEGORY_COLORS)) {
      expect(contrastRatio(color, readableTextColor(color))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("lib/scales", () => {
  it("gives the financer categories graphics that reach 3:1 against white", () => {
    expect(Object.keys(FINANCER_CATEGORY_COLORS)).toEqual(["meae", "french-authority", "foreign-partners", "other"]);
    for (const color of Object.values(FINANCER_CATEGORY_COLORS)) expect(contrastRatio(color, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(FINANCER_CATEGORY_COLORS)).size).toBe(4);
  });
});
