import { type Lang, labelsOf } from "@/lib/labels";
import { OTHERS_COLOR } from "@/lib/scales";
import { yearLineLayout, type YearLineLayout } from "./line";
import { segmentKeys, stackYears, type YearSegments, type YearStack } from "./stack";

export interface YearChartModelInput {
  years: YearSegments[];
  line?: { label: string; points: { year: number; value: number }[] };
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
  formatLineValue: (value: number) => string;
  onSelectYear?: (year: number) => void;
  selectedYear?: number;
  colors: Record<string, string>;
  width: number;
  height: number;
  /** The language of the columns' accessible names (default French). */
  lang?: Lang;
}

/** Everything the year chart draws, computed once for the page's SVG, its tooltip and a standalone document. */
export interface YearChartModel extends YearChartModelInput {
  stacked: YearStack;
  lineLayout?: YearLineLayout;
  margin: YearStack["margin"];
  /** One entry per segment key, in stacking order. */
  legend: { key: string; label: string; color: string }[];
  /** Index of `selectedYear` in the stacked years; -1 if none. */
  selectedIndex: number;
  interactive: boolean;
  lineValue: (year: number) => number | undefined;
  /** Accessible name of year `i`'s column: total, segments, line value. */
  describe: (i: number) => string;
}

const MARGIN = { top: 12, right: 52, bottom: 28, left: 60 };

export function yearChartModel(input: YearChartModelInput): YearChartModel {
  const { years, line, colors, width, height, formatValue, formatLineValue, selectedYear } = input;
  const margin = line ? MARGIN : { ...MARGIN, right: 16 };
  const keys = segmentKeys(years, Object.keys(colors));
  const stacked = stackYears(years, keys, { width, height, margin });
  const lineLayout = line ? yearLineLayout(line.points, stacked) : undefined;
  // Reversed so that the first label seen for a key wins in the Map.
  const labels = new Map(years.flatMap((year) => year.segments.map((s) => [s.key, s.label] as const)).reverse());
  const legend = keys.map((key) => ({ key, label: labels.get(key) ?? key, color: colors[key] ?? OTHERS_COLOR }));
  const lineValue = (year: number) => lineLayout?.points.find((p) => p.year === year)?.value;

  const describe = (i: number) => {
    const year = stacked.years[i] ?? 0;
    const parts = stacked.series.flatMap((s, k) => {
      const seg = s.segments[i];
      return seg && seg.y1 > seg.y0 ? [`${legend[k]?.label ?? s.key} ${formatValue(seg.y1 - seg.y0)}`] : [];
    });
    const value = lineValue(year);
    const { pair, charts, listSeparator } = labelsOf(input.lang).dashboard;
    const lineText = line && value !== undefined ? `, ${pair(line.label, formatLineValue(value))}` : "";
    return charts.yearColumn(year, formatValue(stacked.totals[i]?.total ?? 0), parts.join(listSeparator), lineText);
  };

  return {
    ...input,
    stacked,
    lineLayout,
    margin,
    legend,
    selectedIndex: selectedYear === undefined ? -1 : stacked.years.indexOf(selectedYear),
    interactive: input.onSelectYear !== undefined,
    lineValue,
    describe,
  };
}
