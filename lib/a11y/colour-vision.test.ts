import { describe, expect, it } from "vitest";
import { VISIONS, closestPair, deltaE2000, labUnder, parseColor, simulateLinear, srgbToLinear } from "./colour-vision";

describe("colour vision simulation", () => {
  it("reads the forms the palettes are written in", () => {
    expect(parseColor("#000091")).toEqual([0, 0, 145 / 255]);
    expect(parseColor("#fff")).toEqual([1, 1, 1]);
    expect(parseColor("rgb(202, 202, 251)")).toEqual([202 / 255, 202 / 255, 251 / 255]);
    expect(() => parseColor("blue")).toThrow(/blue/);
  });

  it("undoes the sRGB curve", () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214, 3);
  });

  it("leaves greys grey under every simulation (Machado's rows each sum to 1)", () => {
    for (const vision of VISIONS) {
      for (const grey of ["#ffffff", "#929292", "#161616"]) {
        const [r, g, b] = simulateLinear(grey, vision);
        expect(Math.abs(r - g) + Math.abs(g - b), `${grey} ${vision}`).toBeLessThan(2e-3);
      }
    }
  });

  it("gives white L* 100 and a* b* 0 under D65", () => {
    const [l, a, b] = labUnder("#ffffff", "normal");
    expect(l).toBeCloseTo(100, 2);
    expect(a).toBeCloseTo(0, 2);
    expect(b).toBeCloseTo(0, 2);
  });

  it("collapses a red/green pair for deuteranopes, not for tritanopes", () => {
    // ColorBrewer Set1's red and green, the classic confusion pair (a protanope still tells them
    // apart by lightness: red looks dark to them).
    const pair = ["#e41a1c", "#4daf4a"];
    expect(closestPair(pair, "normal").deltaE).toBeGreaterThan(40);
    expect(closestPair(pair, "deuteranopia").deltaE).toBeLessThan(10);
    expect(closestPair(pair, "tritanopia").deltaE).toBeGreaterThan(30);
  });

  it("keeps Okabe and Ito's palette, designed for dichromats, 10 apart under each dichromacy", () => {
    const okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"];
    for (const vision of ["protanopia", "deuteranopia", "tritanopia"] as const) expect(closestPair(okabeIto, vision).deltaE, vision).toBeGreaterThanOrEqual(10);
  });
});

describe("CIEDE2000", () => {
  // Test pairs 1, 7, 17 and 25 of Sharma, Wu & Dalal 2005, table 1.
  const pairs: [[number, number, number], [number, number, number], number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ];
  it.each(pairs)("ΔE00(%j, %j) = %d", (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });

  it("is 0 for one colour", () => {
    expect(deltaE2000([40, 10, -20], [40, 10, -20])).toBe(0);
  });
});
