import { CHART_STYLE } from "@/lib/charts/standalone-style";
import { SIDE_COLORS } from "@/lib/compare/figures";
import { NO_DATA_COLOR, ZERO_COLOR, rampColors } from "@/lib/map/scales";
import { DEFAULT_BAR_COLOR, FINANCER_CATEGORY_COLORS, OTHERS_COLOR } from "@/lib/scales";
import { VISIONS, type Vision, closestNeighbours, closestPair, lightnessUnder, parseColor } from "./colour-vision";

/**
 * Every set of colours that the interface shows together, taken from the code that paints them,
 * and the thresholds they are held to: what lib/a11y/palettes.test.ts asserts and
 * scripts/palette-scores.ts prints for docs/accessibility.md.
 */

/**
 * Smallest CIEDE2000 difference between two colours that must be told apart: 10. About four
 * times the just-noticeable difference (2.3, Sharma 2003), since marks are small and seen side by
 * side rather than matched; the check of chroma.js's palette helper (gka/palettes) uses 9, and
 * Colorally 10. Calibration under this module's simulations: viridis and cividis in 5 classes
 * score 12 to 15 under every vision, Okabe–Ito's categorical palette 10.9 to 12 under the three
 * dichromacies, ColorBrewer's Blues in 5 classes 7.1 for protanopes.
 */
export const MIN_DELTA_E = 10;

/**
 * Visions a categorical palette must stand: normal and the three dichromacies. Not
 * achromatopsia: no palette of four or more hues keeps them apart in greys alone (Okabe–Ito
 * scores 0.6); there the labels and tables carry the categories.
 */
export const CATEGORICAL_VISIONS: readonly Vision[] = ["normal", "protanopia", "deuteranopia", "tritanopia"];

export interface CheckedPalette {
  name: string;
  /** sequential: ordered, neighbours checked and lightness monotone; categorical: every pair. */
  kind: "sequential" | "categorical";
  colors: string[];
  /** The visions under which it must reach MIN_DELTA_E. */
  visions: readonly Vision[];
}

/** The classes of the choropleth ramp (world map and France map) for each count it draws. */
export const rampPalettes = (): CheckedPalette[] =>
  [2, 3, 4, 5].map((count) => ({ name: `choropleth ramp, ${count} classes`, kind: "sequential", colors: rampColors(count), visions: VISIONS }));

/** A colour at `opacity` over white, as `rgb()`: a muted bar as the eye sees it. */
export function overWhite(color: string, opacity: number): string {
  const channels = parseColor(color).map((c) => Math.round((c * opacity + (1 - opacity)) * 255));
  return `rgb(${channels.join(", ")})`;
}

export function checkedPalettes(): CheckedPalette[] {
  const financers = Object.values(FINANCER_CATEGORY_COLORS);
  return [
    ...rampPalettes(),
    // Countries without data, at zero, and in the lightest classes sit side by side on the map.
    { name: "choropleth: no data, zero, 5 classes", kind: "categorical", colors: [NO_DATA_COLOR, ZERO_COLOR, ...rampColors(5)], visions: CATEGORICAL_VISIONS },
    { name: "financer categories (bars, stacked years)", kind: "categorical", colors: financers, visions: CATEGORICAL_VISIONS },
    { name: "bars and their « Autres » row", kind: "categorical", colors: [DEFAULT_BAR_COLOR, OTHERS_COLOR], visions: VISIONS },
    { name: "comparison's two sides", kind: "categorical", colors: [SIDE_COLORS.a, SIDE_COLORS.b], visions: VISIONS },
    ...[...new Set([DEFAULT_BAR_COLOR, ...financers])].map((color) => ({
      name: `selected ${color} against its muted neighbours`,
      kind: "categorical" as const,
      colors: [color, overWhite(color, CHART_STYLE.mutedOpacity)],
      visions: VISIONS,
    })),
  ];
}

export interface PaletteScore {
  vision: Vision;
  /** Smallest ΔE2000 between neighbours (sequential) or any pair (categorical). */
  deltaE: number;
  pair: [string, string];
  /** L* of each colour in order: for a sequential palette, strictly decreasing. */
  lightness: number[];
}

/** How a palette fares under each vision. */
export function scorePalette(palette: CheckedPalette): PaletteScore[] {
  return VISIONS.map((vision) => {
    const closest = palette.kind === "sequential" ? closestNeighbours(palette.colors, vision) : closestPair(palette.colors, vision);
    return { vision, ...closest, lightness: palette.colors.map((color) => lightnessUnder(color, vision)) };
  });
}
