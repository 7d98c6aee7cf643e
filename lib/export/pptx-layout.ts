import { DSFR_COLORS } from "@/lib/scales";
import { type Lang, LOCALES } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { ExportNotes } from "./types";

/**
 * Where everything sits on a slide of the PowerPoint export, and the small pure helpers that turn
 * a view's notes into the slide's texts. Positions are in inches on PowerPoint's default
 * widescreen page (13.333 × 7.5 in, 16:9), so that a slide pasted into a staff deck made from
 * PowerPoint's blank template keeps its size instead of being rescaled.
 */
export const SLIDE = { layout: "LAYOUT_WIDE", width: 13.333, height: 7.5 } as const;

/**
 * Arial, not Marianne: Marianne is the DSFR's web font, installed on few workstations, and the
 * file cannot carry it (pptxgenjs does not embed fonts; PowerPoint embeds only fonts installed
 * where the file is saved). A missing font makes PowerPoint substitute one of its own choosing,
 * with other widths, so titles and axis labels could overflow their boxes. Arial is the DSFR's own
 * fallback ("Marianne, arial, sans-serif") and exists wherever PowerPoint, LibreOffice or Keynote
 * runs; a deck restyled in Marianne is one theme-font change away.
 */
export const FONT_FACE = "Arial";

/** Language of every run and chart, so that spell-checking and number display are French. */
export const LANG = "fr-FR";
/** The proofing language of a deck's text in each interface language. */
export const PROOFING: Record<Lang, string> = LOCALES;

const MARGIN_X = 0.6;
const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN_X;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The slide's boxes, top to bottom; the figure takes what the texts leave. */
export const BOXES = {
  title: { x: MARGIN_X, y: 0.35, w: CONTENT_WIDTH, h: 0.8 },
  filters: { x: MARGIN_X, y: 1.15, w: CONTENT_WIDTH, h: 0.45 },
  figure: { x: MARGIN_X, y: 1.7, w: CONTENT_WIDTH, h: 4.15 },
  caption: { x: MARGIN_X, y: 5.95, w: CONTENT_WIDTH, h: 0.7 },
  footer: { x: MARGIN_X, y: 6.75, w: CONTENT_WIDTH, h: 0.55 },
} as const satisfies Record<string, Box>;

/** A page's slide splits the figure's box: its headline figures in a row, its chart or map below. */
export const HEADLINE_BOXES = {
  headline: { x: MARGIN_X, y: BOXES.figure.y, w: CONTENT_WIDTH, h: 0.95 },
  below: { x: MARGIN_X, y: BOXES.figure.y + 1.1, w: CONTENT_WIDTH, h: BOXES.figure.h - 1.1 },
} as const satisfies Record<string, Box>;

/**
 * `count` boxes in a grid filling `area`, row by row, at most `columns` a row, `gap` inches apart:
 * the headline figures of a page, one box each.
 */
export function gridBoxes(count: number, area: Box, columns: number, gap = 0.2): Box[] {
  if (count <= 0) return [];
  const perRow = Math.max(1, Math.min(columns, count));
  const rows = Math.ceil(count / perRow);
  const w = (area.w - gap * (perRow - 1)) / perRow;
  const h = (area.h - gap * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, index) => ({
    x: area.x + (index % perRow) * (w + gap),
    y: area.y + Math.floor(index / perRow) * (h + gap),
    w,
    h,
  }));
}

/** Font sizes, in points: 10–12 in the charts to stay legible once projected. */
export const FONT_SIZES = {
  title: 26,
  filters: 13,
  caption: 13,
  footer: 9,
  axis: 11,
  dataLabel: 10,
  legend: 11,
  empty: 14,
  /** A headline figure's value and label: in a row above a chart, and alone on a slide. */
  headlineValue: 20,
  headlineLabel: 11,
  figureValue: 32,
  figureLabel: 14,
} as const;

/** pptxgenjs takes colours as bare hex ("161616"), without "#". */
export const COLORS = {
  text: hexColor(DSFR_COLORS.text),
  mention: hexColor(DSFR_COLORS.textMention),
  grid: hexColor("#e5e5e5"),
  axis: hexColor(DSFR_COLORS.gris),
  /** The DSFR's blue France, for headline values. */
  accent: hexColor(DSFR_COLORS.blueFrance),
  /** The DSFR's light grey background of a tile. */
  tile: hexColor("#f6f6f6"),
} as const;

/**
 * A CSS hex colour ("#000091", "#09f") as pptxgenjs wants it ("000091"). Anything else (a CSS
 * variable, a colour name) becomes the DSFR grey: pptxgenjs would write it into the XML as it is
 * and PowerPoint would refuse the file.
 */
export function hexColor(css: string): string {
  const hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(css.trim())?.[1];
  if (!hex) return hexColor(DSFR_COLORS.gris);
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  return full.toUpperCase();
}

/**
 * Text from the data as PowerPoint can hold it. pptxgenjs escapes &, <, >, quotes, but writes
 * control characters as they are, and XML 1.0 forbids them: one stray character from an imported
 * CSV would make the whole file unreadable.
 */
export function plainText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters is the point.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const LONG_DATE_EN = new Intl.DateTimeFormat(LOCALES.en, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * "2026-11-30" → "30 novembre 2026", "2026-12-01" → "1er décembre 2026" (French writes the first
 * of the month as an ordinal). A date that does not parse is shown as given rather than dropped.
 */
export function frenchDate(iso: string, lang: Lang = "fr"): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!parts) return iso;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  if (Number.isNaN(date.getTime())) return iso;
  // British English: "30 November 2026", the first of the month without an ordinal.
  if (lang === "en") return LONG_DATE_EN.format(date);
  const text = LONG_DATE.format(date);
  return date.getUTCDate() === 1 ? text.replace(/^1 /, "1er ") : text;
}

/** The filters in words on one line, so that a slide read alone says what it was cut from. */
export function filtersLine(filters: string[], lang: Lang = "fr"): string {
  const words = filters.map((filter) => filter.trim()).filter(Boolean);
  return words.length > 0 ? words.join(" · ") : labelsOf(lang).dashboard.exports.noFilter;
}

export const DEMO_LINE = "Données de démonstration : chiffres générés, non réels";

/** The footer's lines: where the figures come from and how old they are, then the demo warning. */
export function footerLines(notes: ExportNotes): string[] {
  const lang = notes.lang ?? "fr";
  const labels = labelsOf(lang);
  const origin = [notes.source, notes.licence, labels.datasetDate(frenchDate(notes.datasetDate, lang))];
  const first = origin.map((part) => part.trim()).filter(Boolean).join(" · ");
  return [first, ...(notes.remarks ?? []), ...(notes.demo ? [labels.dashboard.exports.demoLine] : [])];
}

/**
 * The largest box of the picture's aspect ratio inside `area`, centred: the map keeps its shape
 * whatever its pixel size. Computed here rather than with pptxgenjs's `sizing: "contain"`, which
 * keeps the frame at the area's size and pads the picture with negative crop values: the frame
 * staff would select and resize in PowerPoint would not be the picture's.
 */
export function fitPicture(width: number, height: number, area: Box): Box {
  if (!(width > 0 && height > 0)) return area;
  const scale = Math.min(area.w / width, area.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}
