import { type Lang, labelsOf } from "../labels";
import { DSFR_COLORS } from "@/lib/scales";

/**
 * Paint of the charts written as SVG attributes, for the standalone documents that an SVG viewer
 * opens without the page's stylesheet. Each value repeats a rule of components/charts/charts.css
 * (named in the comments); standalone-style.test.ts reads that file and fails if they drift.
 */
export const CHART_STYLE = {
  /** The DSFR's font stack, written on the root of a standalone document. */
  fontFamily: "Marianne, arial, sans-serif",
  background: "#ffffff",
  /** `.chart-svg` colour, which `.chart-svg text` fills with. */
  text: DSFR_COLORS.text,
  /**
   * `.chart-axis text`, every axis label: the right-hand axis's `.chart-axis__line` rule (#3a3a3a)
   * is outranked by `.chart-axis text`, so the page draws those labels in this grey too.
   */
  mention: DSFR_COLORS.textMention,
  /** `.chart-grid line` */
  grid: "#e5e5e5",
  /** `.chart-axis line` */
  axis: DSFR_COLORS.gris,
  /** `.chart-bar--selected .chart-bar__rect` */
  selectedStroke: DSFR_COLORS.text,
  selectedStrokeWidth: 2,
  /** `.chart-bar--muted .chart-bar__rect`, `.chart-column--muted .chart-column__segment` */
  mutedOpacity: 0.45,
  /** `.chart-column--selected .chart-column__hit` */
  selectedColumn: "#e3e3fd",
  /** `.chart-column__segment` */
  segmentStroke: "#ffffff",
  segmentStrokeWidth: 0.5,
  /** `.chart-line__path`, `.chart-line circle`, `.chart-swatch--line` */
  line: DSFR_COLORS.text,
  lineWidth: 2,
  /** `.chart-line__halo` */
  lineHalo: "#ffffff",
  lineHaloWidth: 4,
  /** `.chart-swatch`: its inset 1px shadow, rgba(22, 22, 22, 0.2), as a stroke. */
  swatchStroke: "#161616",
  swatchStrokeOpacity: 0.2,
} as const;

export type ChartStyle = typeof CHART_STYLE;

/** The source line of a document; `demo` adds that the figures are the demonstration data set. */
export function atlasSource({ demo, lang = "fr" }: { demo: boolean; lang?: Lang }): string {
  const { source, demoSource } = labelsOf(lang).dashboard.charts;
  return demo ? `${source} — ${demoSource}` : source;
}
