import { estimateTextWidth } from "./truncate";

/** Between a swatch and its label. */
export const SWATCH_LABEL_GAP = 6;

export interface SwatchLayoutOptions {
  /** Room for the legend, in SVG units. */
  width: number;
  fontSize: number;
  swatchWidth: number;
  /** Between two items of a row. Default 16. */
  itemGap?: number;
  /** Default 1.6 × fontSize. */
  lineHeight?: number;
}

export interface SwatchRows<T> {
  /** Each item with the top-left corner of its line box. */
  placed: { item: T; x: number; y: number }[];
  lineHeight: number;
  height: number;
}

/**
 * Flows legend items left to right and wraps them into rows, as the page's flex-wrap legends do.
 * Label widths are estimated from the font size (nothing can be measured on the server).
 */
export function swatchRows<T extends { label: string }>(items: readonly T[], options: SwatchLayoutOptions): SwatchRows<T> {
  const { width, fontSize, swatchWidth, itemGap = 16, lineHeight = Math.round(fontSize * 1.6) } = options;
  const placed: SwatchRows<T>["placed"] = [];
  let x = 0;
  let y = 0;
  for (const item of items) {
    const itemWidth = swatchWidth + SWATCH_LABEL_GAP + estimateTextWidth(item.label, fontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += lineHeight;
    }
    placed.push({ item, x, y });
    x += itemWidth + itemGap;
  }
  return { placed, lineHeight, height: items.length === 0 ? 0 : y + lineHeight };
}
