import type { Lang } from "@/lib/i18n/lang";
import { swatchRows, type SwatchRows } from "@/lib/charts/legendLayout";
import { wrapToWidth } from "@/lib/charts/wrap";
import {
  basemapSource, classesNotes, type CircleLegendLayout, type LegendItem, noDataLabel, choroplethLegendItems, circleLegendLayout, circlesNote, legendTitle,
} from "./legend";
import type { MapMeasure, MapMode } from "./measures";
import type { ClassScale } from "./scales";

/** Sizes of map.css's legend (`.map-legend` 0.875rem, notes 0.75rem, swatches 1.25 × 0.875rem). */
export const MAP_LEGEND_SIZES = {
  title: { size: 14, line: 20 },
  item: { size: 14, line: 22 },
  note: { size: 12, line: 16 },
  swatch: { width: 20, height: 14 },
  gap: 4,
} as const;

export interface MapLegendInput {
  measure: MapMeasure;
  mode: MapMode;
  scale: ClassScale;
  maxValue: number;
  /** The legend's title, when the map's areas are not countries (default: "… par pays"). */
  title?: string;
  /** The note on the classes, when the map's areas are not countries (default: the world map's). */
  classesNote?: string;
  /** The base map's credit (default: the world map's). */
  source?: string;
  /** The language of its words and numbers (default French). */
  lang?: Lang;
}

/** The SVG legend's blocks, top to bottom, each with its top y. */
export interface MapLegendSvgLayout {
  title: { text: string; y: number };
  classes?: { rows: SwatchRows<LegendItem>; y: number };
  circles?: { layout: CircleLegendLayout; y: number };
  /** The note on the classes or circles, then the base map's credit: lines of small text. */
  notes: { kind: "note" | "source"; lines: string[]; y: number }[];
  height: number;
}

/**
 * Lays out the map legend as SVG in `width`, with the same blocks and texts as the page's HTML
 * legend (MapLegend): title, class swatches or reference circles, note, source.
 */
export function mapLegendSvgLayout({ measure, mode, scale, maxValue, title: heading, classesNote, source, lang = "fr" }: MapLegendInput, width: number): MapLegendSvgLayout {
  const { title, item, note, swatch, gap } = MAP_LEGEND_SIZES;
  let y = title.line + gap;
  const layout: MapLegendSvgLayout = { title: { text: heading ?? legendTitle(measure, lang), y: 0 }, notes: [], height: 0 };
  const addNote = (kind: "note" | "source", text: string) => {
    const lines = wrapToWidth(text, width, note.size);
    layout.notes.push({ kind, lines, y });
    y += lines.length * note.line + gap;
  };
  if (mode === "choropleth") {
    const rows = swatchRows(choroplethLegendItems(scale, measure, lang), { width, fontSize: item.size, swatchWidth: swatch.width, lineHeight: item.line });
    layout.classes = { rows, y };
    y += rows.height + gap;
    if (scale.classes.length > 0) addNote("note", classesNote ?? classesNotes(lang)[measure]);
  } else {
    const circles = circleLegendLayout(maxValue);
    if (circles) {
      layout.circles = { layout: circles, y };
      y += circles.height + gap;
    }
    addNote("note", circles ? circlesNote(measure, circles.values, lang) : noDataLabel(lang));
  }
  addNote("source", source ?? basemapSource(lang));
  layout.height = y - gap;
  return layout;
}
