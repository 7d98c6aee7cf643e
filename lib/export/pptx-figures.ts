import "server-only";
import type PptxGenJS from "pptxgenjs";
import { type Box, COLORS, FONT_FACE, FONT_SIZES, LANG, gridBoxes, plainText } from "./pptx-layout";
import type { FigureItem } from "./types";

/**
 * Headline figures on a slide, as text boxes (value large, what it counts under it) on the DSFR's
 * grey tile: text staff can edit, as the page's tiles read. `row`: one line above a chart; `grid`:
 * the slide's whole figure, larger, three a row.
 */
export function addFigureItems(slide: PptxGenJS.Slide, items: readonly FigureItem[], area: Box, layout: "row" | "grid"): void {
  const row = layout === "row";
  const boxes = gridBoxes(items.length, area, row ? items.length : 3);
  items.forEach((item, index) => {
    const box = boxes[index]!;
    slide.addText(
      [
        { text: plainText(item.value), options: { bold: true, color: COLORS.accent, fontSize: row ? FONT_SIZES.headlineValue : FONT_SIZES.figureValue, breakLine: true } },
        { text: plainText(item.label), options: { color: COLORS.text, fontSize: row ? FONT_SIZES.headlineLabel : FONT_SIZES.figureLabel } },
      ],
      {
        ...box,
        fontFace: FONT_FACE,
        lang: LANG,
        margin: 6,
        fill: { color: COLORS.tile },
        valign: "middle",
        // A long name (a partnership's authorities) is shrunk by PowerPoint rather than cut.
        fit: "shrink",
      },
    );
  });
}
