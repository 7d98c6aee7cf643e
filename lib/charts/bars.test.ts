import { describe, expect, it } from "vitest";
import type { AggregateRow } from "@/lib/query/aggregate";
import { barLayout } from "./bars";
import { estimateTextWidth } from "./truncate";

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

  it("wraps a long label on two lines, taller rows for all, before cutting what is left with an ellipsis", () => {
    const long = "Eau, assainissement et gestion des déchets";
    const layout = barLayout([row("a", 1, long), row("b", 1, "Maroc"), row("c", 1, "Environnement, Climat et Energie")], { ...options, maxLabelChars: 20 });
    const [cut, kept, wrapped] = layout.bars;
    expect(cut!.labelLines).toEqual(["Eau, assainissement", "et gestion des…"]);
    expect(cut!.truncated).toBe(true);
    expect(cut!.row.label).toBe(long);
    expect(wrapped!.labelLines).toEqual(["Environnement,", "Climat et Energie"]);
    expect(wrapped!.label).toBe("Environnement, Climat et Energie");
    expect(wrapped!.truncated).toBe(false);
    expect(kept!.label).toBe("Maroc");
    expect(kept!.truncated).toBe(false);
    for (const bar of layout.bars) for (const line of bar.labelLines) expect(Array.from(line).length).toBeLessThanOrEqual(20);
    // Two lines need a taller row than one; the bars keep their thickness.
    expect(layout.rowHeight).toBeGreaterThan(30);
    expect(layout.height).toBe(4 + 3 * layout.rowHeight + 24);
    expect(new Set(layout.bars.map((b) => b.height))).toEqual(new Set([22.5]));
  });

  it("keeps every label inside its row and its column, left of its bar and of its value", () => {
    const names = [
      "Ministère de l'Europe et des Affaires étrangères",
      "Environnement, Climat et Energie",
      "Politique, humanitaire et coopération transfrontalière",
      "CA CIVIS (Communauté Intercommunale des Villes Solidaires)",
      "Maroc",
    ];
    // The page's chart at 1280 px and on phones (375 px, the narrowest layout), and a standalone
    // file, with BarChartSvg's label and value columns.
    for (const [width, labelWidth, valueWidth] of [[540, 200, 80], [311, 140, 62], [280, 140, 56], [592, 200, 80]] as const) {
      const layout = barLayout(names.map((name, i) => row(`k${i}`, 1_000_000 * (i + 1), name)), { width, rowHeight: 30, labelWidth, valueWidth, fontSize: 13 });
      for (const bar of layout.bars) {
        expect(bar.labelLines.length).toBeLessThanOrEqual(2);
        expect(bar.labelBox.left).toBeGreaterThanOrEqual(0);
        expect(bar.labelBox.right).toBeLessThan(bar.x);
        expect(bar.labelBox.right).toBeLessThan(bar.valueX);
        expect(bar.labelBox.top).toBeGreaterThanOrEqual(bar.rowY);
        expect(bar.labelBox.bottom).toBeLessThanOrEqual(bar.rowY + layout.rowHeight);
        // The value after the longest bar still fits in the chart ("6 M€" at 13 px).
        expect(bar.valueX + estimateTextWidth("6,0 M€", 13)).toBeLessThanOrEqual(width);
      }
    }
  });

  it("shows the longest financer of the data in full on two lines in a chart of the page's width", () => {
    const layout = barLayout([row("mae", 1, "Ministère de l'Europe et des Affaires étrangères")], { width: 540, rowHeight: 30, labelWidth: 200, valueWidth: 80 });
    expect(layout.bars[0]!.labelLines).toEqual(["Ministère de l'Europe et", "des Affaires étrangères"]);
    expect(layout.bars[0]!.truncated).toBe(false);
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
});
