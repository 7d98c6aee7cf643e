import "server-only";
import PptxGenJS from "pptxgenjs";
import { type Lang, labelsOf } from "@/lib/labels";
import { chartSpec } from "./pptx-chart";
import { addFigureItems } from "./pptx-figures";
import {
  type Box,
  BOXES,
  COLORS,
  FONT_FACE,
  FONT_SIZES,
  fitPicture,
  filtersLine,
  footerLines,
  HEADLINE_BOXES,
  PROOFING,
  plainText,
  SLIDE,
} from "./pptx-layout";
import type { FigureItem, ViewExport } from "./types";

/** A PNG the caller rendered from the view's SVG, for views PowerPoint cannot draw (the map). */
export interface SlidePicture {
  png: Uint8Array;
  /** Pixel size: only the ratio matters, the picture is fitted in the figure's box. */
  width: number;
  height: number;
}

export interface SlideInput {
  /** What a slide shows of a view: its texts and its figure (the table and drawing are other formats'). */
  view: Pick<ViewExport, "notes" | "chart">;
  /** Required when `view.chart.kind === "picture"`; ignored otherwise. */
  picture?: SlidePicture;
  /** A page's headline figures, in a row above its chart or map (the deck's page views). */
  headline?: FigureItem[];
}

const APP_NAME = "Atlas coopération";

type Slide = PptxGenJS.Slide;

/** Text props every box shares: the font, French proofing, no inner margin shifting the grid. */
const textBase = (lang: Lang = "fr") => ({ fontFace: FONT_FACE, lang: PROOFING[lang], margin: 0, color: COLORS.text }) as const;

function addTexts(slide: Slide, view: SlideInput["view"]): void {
  const { notes } = view;
  const TEXT_BASE = textBase(notes.lang);
  slide.addText(plainText(notes.title), {
    ...TEXT_BASE,
    ...BOXES.title,
    fontSize: FONT_SIZES.title,
    bold: true,
    valign: "bottom",
    // A long title is shrunk by PowerPoint rather than run into the filters line.
    fit: "shrink",
  });
  slide.addText(plainText(filtersLine(notes.filters, notes.lang)), {
    ...TEXT_BASE,
    ...BOXES.filters,
    fontSize: FONT_SIZES.filters,
    color: COLORS.mention,
    valign: "top",
    fit: "shrink",
  });
  slide.addText(plainText(notes.caption), {
    ...TEXT_BASE,
    ...BOXES.caption,
    fontSize: FONT_SIZES.caption,
    valign: "top",
    fit: "shrink",
  });
  const lines = footerLines(notes).map(plainText);
  slide.addText(
    // The demo warning stands out in bold: a reader of a pasted slide must not take it for real.
    lines.map((text, index) => ({ text, options: { breakLine: index < lines.length - 1, bold: index > 0 } })),
    { ...TEXT_BASE, ...BOXES.footer, fontSize: FONT_SIZES.footer, color: COLORS.mention, valign: "bottom" },
  );
}

/** "Aucune donnée" in the figure's box, as the page shows for an empty panel. */
function addEmptyFigure(slide: Slide, area: Box, lang: Lang = "fr"): void {
  slide.addText(labelsOf(lang).noData, {
    ...textBase(lang),
    ...area,
    fontSize: FONT_SIZES.empty,
    color: COLORS.mention,
    align: "center",
    valign: "middle",
  });
}

function addFigure(slide: Slide, { view, picture, headline }: SlideInput): void {
  const { chart } = view;
  const lang = view.notes.lang ?? "fr";
  const names = labelsOf(lang).dashboard.exports;
  const altText = plainText(view.notes.caption);
  let area: Box = BOXES.figure;
  if (headline && headline.length > 0 && chart.kind !== "figures") {
    addFigureItems(slide, headline, HEADLINE_BOXES.headline, "row");
    area = HEADLINE_BOXES.below;
  }
  if (chart.kind === "figures") {
    addFigureItems(slide, chart.items, area, "grid");
    return;
  }
  if (chart.kind === "picture") {
    if (!picture) throw new Error(`PPTX: the view "${view.notes.title}" is drawn as a picture, and none was given`);
    const box = fitPicture(picture.width, picture.height, area);
    const data = `image/png;base64,${Buffer.from(picture.png).toString("base64")}`;
    slide.addImage({ data, ...box, altText, objectName: names.map });
    return;
  }
  const spec = chartSpec(chart, lang);
  if (spec) slide.addChart(spec.type, spec.data, { ...spec.options, ...area, altText, objectName: names.chart });
  else addEmptyFigure(slide, area, lang);
}

/**
 * A PowerPoint deck of the given views, one 16:9 slide each, in order: title, filters in words,
 * the figure (a native chart staff can restyle, its data embedded; the map as a picture),
 * the caption (also the speaker notes) and the source, date and demo warning in the footer.
 */
export async function viewsToPptx(slides: SlideInput[]): Promise<Buffer> {
  // PowerPoint opens a deck without slides, but it is always a caller's mistake.
  if (slides.length === 0) throw new Error("PPTX: no view to write");
  const pptx = new PptxGenJS();
  pptx.layout = SLIDE.layout;
  pptx.author = APP_NAME;
  pptx.company = APP_NAME;
  // The deck speaks the language of its first view (a deck is built from one page's language).
  const deckText = labelsOf(slides[0]!.view.notes.lang).dashboard.exports;
  pptx.subject = deckText.subject;
  pptx.title = slides.length === 1 ? plainText(slides[0]!.view.notes.title) : deckText.views(APP_NAME, slides.length);
  // The theme fonts too: a text box or chart staff add to the deck starts in the same font.
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE };

  for (const input of slides) {
    const slide = pptx.addSlide();
    addTexts(slide, input.view);
    addFigure(slide, input);
    slide.addNotes(plainText(input.view.notes.caption));
  }

  // Deflated through `stream()`: pptxgenjs 4.0.1 ignores `compression` in `write()` for a
  // "nodebuffer", storing a chart slide in ~75 KiB instead of ~21 KiB (for ~10 ms less).
  const written = await pptx.stream({ compression: true });
  if (!(written instanceof Uint8Array)) throw new Error("PPTX: pptxgenjs did not return bytes");
  return Buffer.from(written.buffer, written.byteOffset, written.byteLength);
}
