import { scaleBand, scaleLinear, type ScaleLinear } from "d3";
import type { CompareRow } from "@/lib/compare/rows";
import { SIDES, type Side } from "@/lib/compare/state";
import { OTHERS_KEY } from "@/lib/keys";
import { charsThatFit } from "./truncate";
import { drawable, LABEL_GAP, LABEL_LINE_EM } from "./bars";
import { fitLines } from "./wrap";

export interface ClusteredLayoutOptions {
  width: number;
  /** Height of one group (its two bars and the gap). */
  groupHeight: number;
  labelWidth: number;
  valueWidth: number;
  fontSize: number;
  /** Room above the bars for the legend. */
  legendHeight: number;
}

export interface ClusteredBar {
  side: Side;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  valueX: number;
  valueY: number;
}

export interface ClusteredGroup {
  row: CompareRow;
  key: string;
  isOthers: boolean;
  /** Top of the group's band (hit area and focus ring). */
  groupY: number;
  /** The label as drawn, its lines joined (cut with "…" when it holds on no two lines). */
  label: string;
  labelY: number;
  /** The label's lines (at most two: a group is tall enough), whether each follows a space, their vertical centres. */
  labelLines: string[];
  labelSpaced: boolean[];
  labelLineY: number[];
  bars: ClusteredBar[];
}

export interface ClusteredLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** One scale for both sides: equal values, equal lengths. */
  x: ScaleLinear<number, number>;
  ticks: { value: number; x: number }[];
  groups: ClusteredGroup[];
}

const AXIS_HEIGHT = 24;

/**
 * Pairs of horizontal bars, A above B, one pair per group of a comparison, on one x scale from 0 to
 * the larger value of either side (the shared axis the comparison is read on).
 */
export function clusteredLayout(rows: readonly CompareRow[], options: ClusteredLayoutOptions): ClusteredLayout {
  const { width, groupHeight, labelWidth, valueWidth, fontSize, legendHeight } = options;
  const plot = { left: labelWidth, right: width - valueWidth, top: legendHeight, bottom: legendHeight + groupHeight * rows.length };
  const max = Math.max(0, ...rows.flatMap((row) => [drawable(row.a), drawable(row.b)]));
  const x = scaleLinear([0, max > 0 ? max : 1], [plot.left, plot.right]);
  const outer = scaleBand(rows.map((_, i) => i), [plot.top, plot.bottom]).paddingInner(0.3).paddingOuter(0.15);
  const inner = scaleBand(SIDES, [0, outer.bandwidth()]).paddingInner(0.1);
  const maxChars = charsThatFit(labelWidth - LABEL_GAP, fontSize);
  const lineHeight = fontSize * LABEL_LINE_EM;
  const groups = rows.map((row, i): ClusteredGroup => {
    const top = outer(i) ?? plot.top;
    const bars = SIDES.map((side): ClusteredBar => {
      const y = top + (inner(side) ?? 0);
      const barWidth = x(drawable(row[side])) - plot.left;
      return { side, value: row[side], x: plot.left, y, width: barWidth, height: inner.bandwidth(), valueX: plot.left + barWidth + 4, valueY: y + inner.bandwidth() / 2 };
    });
    const { lines, spaced } = fitLines(row.label, maxChars, 2);
    const labelY = top + outer.bandwidth() / 2;
    return {
      row,
      key: String(row.key),
      isOthers: row.key === OTHERS_KEY,
      groupY: plot.top + i * groupHeight,
      label: lines.map((line, l) => (l > 0 && spaced[l] ? ` ${line}` : line)).join(""),
      labelY,
      labelLines: lines,
      labelSpaced: spaced,
      labelLineY: lines.map((_, l) => labelY + (l - (lines.length - 1) / 2) * lineHeight),
      bars,
    };
  });
  const tickCount = Math.max(2, Math.floor((plot.right - plot.left) / 90));
  return { width, height: plot.bottom + AXIS_HEIGHT, plot, x, ticks: x.ticks(tickCount).map((value) => ({ value, x: x(value) })), groups };
}
