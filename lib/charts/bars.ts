import { scaleLinear, type ScaleLinear } from "d3";
import { OTHERS_KEY } from "@/lib/keys";
import type { AggregateRow } from "@/lib/query/aggregate";
import { charsThatFit, estimateTextWidth } from "./truncate";
import { fitLines } from "./wrap";


export interface BarLayoutOptions {
  /** viewBox width, in SVG units (the SVG is then scaled to its CSS width). */
  width: number;
  /** Height of one row (bar plus gap) when every label holds on one line; rows grow when one wraps. */
  rowHeight: number;
  /** Room for the category labels, left of the bars. */
  labelWidth: number;
  /** Room right of the longest bar for its value label. Default 72. */
  valueWidth?: number;
  /** Characters on one line of a label. Default: what fits in `labelWidth` at `fontSize`. */
  maxLabelChars?: number;
  /** Lines a label may take before what is left is cut with "…". Default 2. */
  maxLabelLines?: number;
  /** Font size of the labels, for the default `maxLabelChars`. Default 13. */
  fontSize?: number;
  /** Height of the x axis under the bars. Default 24. */
  axisHeight?: number;
  /** Share of a one-line row left empty between bars. Default 0.25. */
  padding?: number;
  /** Wanted number of x ticks (d3 may return a few more or fewer). Default: one per ~90 units. */
  tickCount?: number;
}

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
  /** Height of the row (the same for every row of a chart). */
  rowHeight: number;
  /** Label as drawn, its lines joined: cut with "…" when it holds on no allowed number of lines. */
  label: string;
  /** The label's lines, top to bottom, and whether each (after the first) follows a space. */
  labelLines: string[];
  labelSpaced: boolean[];
  /** The vertical centre of each line (drawn with dy="0.35em"), the lines centred on the bar. */
  labelLineY: number[];
  /** Estimated box of the drawn label (right-aligned at `plot.left - LABEL_GAP`). */
  labelBox: { left: number; right: number; top: number; bottom: number };
  truncated: boolean;
  /** Anchor (start) of the value label, just past the bar end, vertically centred. */
  valueX: number;
  valueY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** Height of each row: the option's, or more when a label wraps. */
  rowHeight: number;
  plot: { left: number; right: number; top: number; bottom: number };
  x: ScaleLinear<number, number>;
  ticks: { value: number; x: number }[];
  bars: BarGeometry[];
}

const MARGIN_TOP = 4;
/** Room between a label's end and its bar. */
export const LABEL_GAP = 8;
/** Line height of a wrapped label, in em. */
export const LABEL_LINE_EM = 1.15;
/** Room kept above and below a wrapped label in its row, so that neighbouring labels never touch. */
const LABEL_ROW_PAD = 3;

/** Negative, NaN or infinite values cannot be drawn as bar lengths: they count as 0. */
export const drawable = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/**
 * Horizontal bar geometry for `rows`, in the order given. The x domain is [0, max value] — not
 * niced, so that the longest bar reaches the plot's right edge and the bars use all the room;
 * axis ticks come from `x.ticks()` and therefore all lie within the plot. An all-zero domain
 * falls back to [0, 1] so that zero bars stay at width 0.
 */
export function barLayout(rows: readonly AggregateRow[], options: BarLayoutOptions): BarLayout {
  const { width, labelWidth, valueWidth = 72, fontSize = 13, axisHeight = 24, padding = 0.25 } = options;
  const maxChars = options.maxLabelChars ?? charsThatFit(labelWidth - LABEL_GAP, fontSize);
  const fitted = rows.map((row) => fitLines(row.label, maxChars, options.maxLabelLines ?? 2));
  const lineHeight = fontSize * LABEL_LINE_EM;
  // Every row as tall as the tallest label needs (evenly spaced bars read better than uneven ones);
  // the bars keep the thickness of a one-line row, centred in theirs.
  const mostLines = Math.max(1, ...fitted.map((label) => label.lines.length));
  const rowHeight = Math.max(options.rowHeight, Math.ceil(mostLines * lineHeight + 2 * LABEL_ROW_PAD));
  const barHeight = options.rowHeight * (1 - padding);
  const plot = { left: labelWidth, right: width - valueWidth, top: MARGIN_TOP, bottom: MARGIN_TOP + rowHeight * rows.length };
  const height = plot.bottom + axisHeight;
  const max = Math.max(0, ...rows.map((row) => drawable(row.value)));
  const x = scaleLinear([0, max > 0 ? max : 1], [plot.left, plot.right]);
  const tickCount = options.tickCount ?? Math.max(2, Math.floor((plot.right - plot.left) / 90));

  const bars = rows.map((row, i): BarGeometry => {
    const rowY = plot.top + i * rowHeight;
    const centre = rowY + rowHeight / 2;
    const barWidth = x(drawable(row.value)) - plot.left;
    const { lines, spaced, truncated } = fitted[i]!;
    const labelLineY = lines.map((_, line) => centre + (line - (lines.length - 1) / 2) * lineHeight);
    const labelRight = plot.left - LABEL_GAP;
    return {
      row,
      key: String(row.key),
      isOthers: row.key === OTHERS_KEY,
      rowY,
      rowHeight,
      x: plot.left,
      y: centre - barHeight / 2,
      width: barWidth,
      height: barHeight,
      label: lines.map((line, l) => (l > 0 && spaced[l] ? ` ${line}` : line)).join(""),
      labelLines: lines,
      labelSpaced: spaced,
      labelLineY,
      labelBox: {
        left: labelRight - Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize))),
        right: labelRight,
        top: centre - (lines.length * lineHeight) / 2,
        bottom: centre + (lines.length * lineHeight) / 2,
      },
      truncated,
      valueX: plot.left + barWidth + 4,
      valueY: centre,
    };
  });
  return { width, height, rowHeight, plot, x, ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })), bars };
}
