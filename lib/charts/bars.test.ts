import { describe, expect, it } from "vitest";
import type { AggregateRow } from "@/lib/query/aggregate";
import { barLayout } from "./bars";

const row = (key: string, value: number, label = key): AggregateRow => ({ key, label, value, partnerships: 1 });
const options = { width: 600, rowHeight: 30, labelWidth: 150, valueWidth: 50 };

describe("barLayout", () => {
  it("gives widths proportional to the values and the max bar the full plot width", () => {
    const layout = barLayout([row("a", 100), row("b", 50), row("c", 25)], options);
    const plotWidth = layout.plot.right - layout.plot.left;
    expect(plotWidth).toBe(400);
    expect(layout.bars.map((b) => b.width)).toEqual([400, 200, 100]);
    expect(layout.bars[0]!.x + layout.bars[0]!.width).toBe(layout.plot.right);
  });

  it("draws zero values as zero-width bars, also when every value is zero", () => {
    expect(barLayout([row("a", 10), row("b", 0)], options).bars[1]!.width).toBe(0);
    const allZero = barLayout([row("a", 0), row("b", 0)], options);
    expect(allZero.bars.map((b) => b.width)).toEqual([0, 0]);
    expect(allZero.bars.every((b) => Number.isFinite(b.valueX))).toBe(true);
  });

  it("treats negative and non-finite values as zero", () => {
    const layout = barLayout([row("a", 10), row("b", -5), row("c", Number.NaN)], options);
    expect(layout.bars.map((b) => b.width)).toEqual([400, 0, 0]);
  });

  it("stacks the rows in the given order, one per row height, inside the plot", () => {
    const layout = barLayout([row("a", 1), row("b", 2), row("c", 3)], options);
    expect(layout.bars.map((b) => b.key)).toEqual(["a", "b", "c"]);
    expect(layout.bars.map((b) => b.rowY)).toEqual([4, 34, 64]);
    for (const bar of layout.bars) {
      expect(bar.y).toBeGreaterThanOrEqual(bar.rowY);
      expect(bar.y + bar.height).toBeLessThanOrEqual(bar.rowY + 30 + 1e-9);
      expect(bar.valueX).toBe(bar.x + bar.width + 4);
    }
    expect(layout.height).toBe(4 + 3 * 30 + 24);
  });

  it("truncates long labels with an ellipsis past maxLabelChars and keeps short ones", () => {
    const long = "Eau, assainissement et gestion des déchets";
    const layout = barLayout([row("a", 1, long), row("b", 1, "Maroc")], { ...options, maxLabelChars: 20 });
    const [cut, kept] = layout.bars;
    expect(cut!.label.endsWith("…")).toBe(true);
    expect(Array.from(cut!.label).length).toBeLessThanOrEqual(20);
    expect(cut!.truncated).toBe(true);
    expect(cut!.row.label).toBe(long);
    expect(kept!.label).toBe("Maroc");
    expect(kept!.truncated).toBe(false);
  });

  it("flags the others row and gives ticks within the plot", () => {
    const layout = barLayout([row("MA", 900), row("others", 120, "Autres pays")], options);
    expect(layout.bars.map((b) => b.isOthers)).toEqual([false, true]);
    expect(layout.ticks[0]).toEqual({ value: 0, x: layout.plot.left });
    for (const tick of layout.ticks) expect(tick.x).toBeLessThanOrEqual(layout.plot.right);
  });

  it("handles no rows", () => {
    const layout = barLayout([], options);
    expect(layout.bars).toEqual([]);
    expect(layout.height).toBe(28);
  });

  it("with labelsAbove, puts each label on up to two lines above its bar, the bars across the width", () => {
    const long = "Eau, assainissement et gestion des déchets, et encore bien d'autres choses à financer";
    const layout = barLayout([row("a", 100, "Maroc"), row("b", 50, long)], { ...options, width: 200, labelsAbove: true });
    const [short, wrapped] = layout.bars;
    expect(short!.labelLines).toEqual(["Maroc"]);
    expect(wrapped!.labelLines).toHaveLength(2);
    expect(wrapped!.labelLines[1]!.endsWith("…")).toBe(true);
    expect(wrapped!.truncated).toBe(true);
    // Each row is its label's lines and a bar's row height; the bar under its label.
    expect(short!.rowHeight).toBe(30 + 16);
    expect(wrapped!.rowHeight).toBe(30 + 2 * 16);
    expect(wrapped!.rowY).toBe(short!.rowY + short!.rowHeight);
    expect(wrapped!.y).toBeGreaterThan(wrapped!.rowY + 2 * 16 - 1);
    expect(layout.plot.left).toBeLessThan(10);
    expect(short!.x + short!.width).toBe(layout.plot.right);
    expect(layout.height).toBe(layout.plot.bottom + 24);
  });
});
