/**
 * WCAG 2.x contrast between two sRGB colours, used to pick readable text on chart colours and to
 * check the palettes in tests (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
 */

/** Relative luminance (0 black … 1 white) of a `#rgb` or `#rrggbb` colour. Throws on other formats. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`not a hex colour: ${hex}`);
  const digits = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const channel = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two hex colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The DSFR text colour (#161616) or white, whichever contrasts more with `background`. */
export function readableTextColor(background: string): "#161616" | "#ffffff" {
  return contrastRatio(background, "#161616") >= contrastRatio(background, "#ffffff") ? "#161616" : "#ffffff";
}
