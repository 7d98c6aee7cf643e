import { scaleBand, scaleLinear, type ScaleLinear } from "d3";
import { OTHERS_KEY } from "@/lib/keys";
import type { AggregateRow } from "@/lib/query/aggregate";
import { charsThatFit, truncateLabel } from "./truncate";
import { wrapToWidth } from "./wrap";


export interface BarLayoutOptions {
  /** viewBox width, in SVG units (the SVG is then scaled to its CSS width). */
  width: number;
  /** Height of one row (bar plus gap). */
  rowHeight: number;
  /** Room for the category labels, left of the bars. */
  labelWidth: number;
  /** Room right of the longest bar for its value label. Default 72. */
  valueWidth?: number;
  /** Labels longer than this are cut with "…". Default: what fits in `labelWidth` at `fontSize`. */
  maxLabelChars?: number;
  /** Font size of the labels, for the default `maxLabelChars`. Default 13. */
  fontSize?: number;
  /** Height of the x axis under the bars. Default 24. */
  axisHeight?: number;
  /** Share of a row left empty between bars. Default 0.25. */
  padding?: number;
  /** Wanted number of x ticks (d3 may return a few more or fewer). Default: one per ~90 units. */
  tickCount?: number;
  /**
   * Each label on its own line(s) above its bar, across the whole width (`labelWidth` is then
   * ignored): on a phone a third of the width holds ten letters, the whole width forty a line.
   */
  labelsAbove?: boolean;
}

/** Lines of a label above its bar, at most; the last one is cut with "…" if the label is longer. */
const MAX_LABEL_LINES = 2;

export interface BarGeometry {
  row: AggregateRow;
  /** `String(row.key)`, for React keys and data-key attributes. */
  key: string;
  isOthers: boolean;
  /** Top of the row's band (hit area and focus ring span the whole band). */
  rowY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Height of the row's band (label lines above the bar included). */
  rowHeight: number;
  /** Label as drawn, cut with "…" when longer than the allowed characters. */
  label: string;
  /** The label's lines: one beside the bar, or up to MAX_LABEL_LINES above it (`labelsAbove`). */
  labelLines: string[];
  /** Where the label is drawn: its first line's middle (beside the bar, anchored at its end) or baseline (above, anchored at its start). */
  labelX: number;
  labelY: number;
  labelsAbove: boolean;
  truncated: boolean;
  /** Anchor (start) of the value label, just past the bar end, vertically centred. */
  valueX: number;
  valueY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  x: ScaleLinear<number, number>;
  ticks: { value: number; x: number }[];
  bars: BarGeometry[];
}

const MARGIN_TOP = 4;

/** Negative, NaN or infinite values cannot be drawn as bar lengths: they count as 0. */
export const drawable = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/**
 * Horizontal bar geometry for `rows`, in the order given. The x domain is [0, max value] — not
 * niced, so that the longest bar reaches the plot's right edge and the bars use all the room;
 * axis ticks come from `x.ticks()` and therefore all lie within the plot. An all-zero domain
 * falls back to [0, 1] so that zero bars stay at width 0.
 */
export function barLayout(rows: readonly AggregateRow[], options: BarLayoutOptions): BarLayout {
  if (options.labelsAbove) return labelsAboveLayout(rows, options);
  const { width, rowHeight, labelWidth, valueWidth = 72, fontSize = 13, axisHeight = 24, padding = 0.25 } = options;
  const maxChars = options.maxLabelChars ?? charsThatFit(labelWidth - 8, fontSize);
  const plot = { left: labelWidth, right: width - valueWidth, top: MARGIN_TOP, bottom: MARGIN_TOP + rowHeight * rows.length };
  const height = plot.bottom + axisHeight;
  const max = Math.max(0, ...rows.map((row) => drawable(row.value)));
  const x = scaleLinear([0, max > 0 ? max : 1], [plot.left, plot.right]);
  const y = scaleBand(rows.map((_, i) => i), [plot.top, plot.bottom]).paddingInner(padding).paddingOuter(padding / 2);
  const tickCount = options.tickCount ?? Math.max(2, Math.floor((plot.right - plot.left) / 90));

  const bars = rows.map((row, i): BarGeometry => {
    const barY = y(i) ?? plot.top;
    const barWidth = x(drawable(row.value)) - plot.left;
    const label = truncateLabel(row.label, maxChars);
    return {
      row,
      key: String(row.key),
      isOthers: row.key === OTHERS_KEY,
      rowY: plot.top + i * rowHeight,
      rowHeight,
      x: plot.left,
      y: barY,
      width: barWidth,
      height: y.bandwidth(),
      label,
      labelLines: [label],
      labelX: plot.left - 8,
      labelY: barY + y.bandwidth() / 2,
      labelsAbove: false,
      truncated: label !== row.label.trim(),
      valueX: plot.left + barWidth + 4,
      valueY: barY + y.bandwidth() / 2,
    };
  });
  return { width, height, plot, x, ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })), bars };
}

/** The label's lines across `width`: at most MAX_LABEL_LINES, the last cut with "…" if need be. */
function labelLinesOf(label: string, width: number, fontSize: number): string[] {
  const maxChars = charsThatFit(width, fontSize);
  const lines = wrapToWidth(label, width, fontSize);
  const kept = lines.slice(0, MAX_LABEL_LINES - 1);
  const rest = lines.slice(MAX_LABEL_LINES - 1).join(" ");
  // A word longer than a line, or what does not fit the last line, is cut.
  return [...kept, rest].filter(Boolean).map((line) => truncateLabel(line, maxChars));
}

/** barLayout with each label above its bar (`labelsAbove`): rows as tall as their label's lines. */
function labelsAboveLayout(rows: readonly AggregateRow[], options: BarLayoutOptions): BarLayout {
  const { width, rowHeight, valueWidth = 72, fontSize = 13, axisHeight = 24, padding = 0.25 } = options;
  const lineHeight = Math.round(fontSize * 1.25);
  const left = 2;
  const max = Math.max(0, ...rows.map((row) => drawable(row.value)));
  const x = scaleLinear([0, max > 0 ? max : 1], [left, width - valueWidth]);
  const barHeight = rowHeight * (1 - padding);
  let cursor = MARGIN_TOP;
  const bars = rows.map((row): BarGeometry => {
    const lines = labelLinesOf(row.label, width - 4, fontSize);
    const rowY = cursor;
    const band = lines.length * lineHeight + rowHeight;
    cursor += band;
    const barY = rowY + lines.length * lineHeight + (rowHeight - barHeight) / 2;
    const barWidth = x(drawable(row.value)) - left;
    const label = lines.join(" ");
    return {
      row,
      key: String(row.key),
      isOthers: row.key === OTHERS_KEY,
      rowY,
      rowHeight: band,
      x: left,
      y: barY,
      width: barWidth,
      height: barHeight,
      label,
      labelLines: lines,
      labelX: left,
      labelY: rowY + lineHeight - Math.round((lineHeight - fontSize) / 2) - 2,
      labelsAbove: true,
      truncated: label !== row.label.trim().replace(/\s+/g, " "),
      valueX: left + barWidth + 4,
      valueY: barY + barHeight / 2,
    };
  });
  const plot = { left, right: width - valueWidth, top: MARGIN_TOP, bottom: cursor };
  const tickCount = options.tickCount ?? Math.max(2, Math.floor((plot.right - plot.left) / 90));
  return { width, height: plot.bottom + axisHeight, plot, x, ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })), bars };
}
