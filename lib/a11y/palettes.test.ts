import { describe, expect, it } from "vitest";
import { franceLegend } from "@/components/france/FranceMapSvg";
import { contrastRatio } from "@/lib/charts/contrast";
import { SIDE_COLORS } from "@/lib/compare/figures";
import type { FranceShapes } from "@/lib/geo/france-shapes";
import { choroplethLegendItems } from "@/lib/map/legend";
import { NO_DATA_COLOR, ZERO_COLOR, buildClassScale, rampColors } from "@/lib/map/scales";
import { MAP_STYLE } from "@/lib/map/style";
import { DEFAULT_BAR_COLOR, FINANCER_CATEGORY_COLORS, OTHERS_COLOR } from "@/lib/scales";
import { visibleDifference } from "./colour-vision";
import { MIN_DELTA_E, checkedPalettes, rampPalettes, scorePalette } from "./palettes";

const hex = (rgb: string) => `#${[...rgb.matchAll(/\d+/g)].map((m) => Number(m[0]).toString(16).padStart(2, "0")).join("")}`;

describe("palettes under colour-vision deficiencies (Machado 2009, CIEDE2000)", () => {
  for (const palette of checkedPalettes()) {
    it(`${palette.name}: ${palette.kind === "sequential" ? "neighbours" : "every pair"} at least ${MIN_DELTA_E} apart`, () => {
      for (const score of scorePalette(palette).filter((s) => palette.visions.includes(s.vision))) {
        expect(score.deltaE, `${score.vision}: ${score.pair.join(" / ")}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
    });
  }

  it("keeps the choropleth ramp ordered in lightness under every vision, lightest first", () => {
    for (const palette of rampPalettes()) {
      for (const { vision, lightness } of scorePalette(palette)) {
        for (let i = 1; i < lightness.length; i++) expect(lightness[i]!, `${palette.name}, ${vision}`).toBeLessThan(lightness[i - 1]!);
      }
    }
  });

  it("in greys alone, keeps zero apart from no data and every class; no data only meets the lightest class", () => {
    const classes = rampColors(5);
    for (const other of [NO_DATA_COLOR, ...classes]) expect(visibleDifference(ZERO_COLOR, other, "achromatopsia"), other).toBeGreaterThanOrEqual(MIN_DELTA_E);
    // The known exception (docs/accessibility.md): the legend names "Aucune donnée", the tooltip
    // says it and the country list leaves those countries out.
    const near = classes.filter((color) => visibleDifference(NO_DATA_COLOR, color, "achromatopsia") < MIN_DELTA_E);
    expect(near).toEqual([classes[0]]);
  });
});

describe("the palettes checked are the ones drawn", () => {
  it("colours the world map's classes and legend from the checked ramp", () => {
    const scale = buildClassScale([0, 1, 2, 4, 9, 20, 50, 120, 300]);
    expect(scale.classes.map((c) => c.color)).toEqual(rampColors(5));
    const legend = choroplethLegendItems(scale, "partnerships").map((item) => item.color);
    expect(legend).toEqual([...rampColors(5), ZERO_COLOR, NO_DATA_COLOR]);
  });

  it("colours the France map from the same ramp", () => {
    const areas = [3, 8, 20, 45, 90, 400].map((partnerships, i) => ({ code: String(i), name: String(i), partnerships, amount: 0, frenchAuthorities: 1 }));
    const legend = franceLegend({ source: "" } as FranceShapes, "region", areas, "partnerships");
    expect(legend.scale.classes.map((c) => c.color)).toEqual(rampColors(5));
  });
});

describe("non-text contrast (WCAG 1.4.11) of what colour alone marks", () => {
  const WHITE = "#ffffff";

  it("gives a map legend swatch a 3:1 border wherever its fill does not reach 3:1 on the page", () => {
    expect(contrastRatio(MAP_STYLE.legendSwatchBorder, WHITE)).toBeGreaterThanOrEqual(3);
    // The light classes, zero and no data need that border; it is drawn on every swatch.
    expect(contrastRatio(hex(rampColors(5)[0]!), WHITE)).toBeLessThan(3);
  });

  it("fills bars, segments and the comparison's sides with colours of 3:1 on white (no border needed)", () => {
    for (const color of [DEFAULT_BAR_COLOR, OTHERS_COLOR, ...Object.values(FINANCER_CATEGORY_COLORS), SIDE_COLORS.a, SIDE_COLORS.b]) {
      expect(contrastRatio(color, WHITE), color).toBeGreaterThanOrEqual(3);
    }
  });

  it("outlines a selected country at 3:1 against the sea, no data, zero and the three lightest classes", () => {
    const outline = MAP_STYLE.selected.color;
    const classes = rampColors(5).map(hex);
    for (const fill of [MAP_STYLE.ocean, NO_DATA_COLOR, ZERO_COLOR, ...classes.slice(0, 3)]) expect(contrastRatio(outline, fill), fill).toBeGreaterThanOrEqual(3);
    // On the two darkest classes it does not: the filter bar, the country list's highlighted row
    // and the shape's aria-pressed say which countries are chosen (docs/accessibility.md).
    expect(classes.slice(3).filter((fill) => contrastRatio(outline, fill) < 3)).toHaveLength(2);
  });
});
