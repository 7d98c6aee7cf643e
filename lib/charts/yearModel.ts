import { type Lang, labelsOf } from "@/lib/labels";
import { OTHERS_COLOR } from "@/lib/scales";
import { yearLineLayout, type YearLineLayout } from "./line";
import { partialYearsOf } from "./partial-year";
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
  /** Accessible name of year `i`'s column: total, segments, line value, and whether the year is partial. */
  describe: (i: number) => string;
  /** The years flagged partial (lib/charts/partial-year.ts), in order: drawn hatched, the line dashed. */
  partialYears: number[];
  isPartial: (year: number) => boolean;
}

const MARGIN = { top: 12, right: 52, bottom: 28, left: 60 };

export function yearChartModel(input: YearChartModelInput): YearChartModel {
  const { years, line, colors, width, height, formatValue, formatLineValue, selectedYear } = input;
  const margin = line ? MARGIN : { ...MARGIN, right: 16 };
  const keys = segmentKeys(years, Object.keys(colors));
  const stacked = stackYears(years, keys, { width, height, margin });
  const partialYears = partialYearsOf(years).filter((year) => stacked.years.includes(year));
  const lineLayout = line ? yearLineLayout(line.points, stacked, partialYears[0]) : undefined;
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
    const labels = labelsOf(input.lang);
    const { pair, charts, listSeparator } = labels.dashboard;
    const lineText = line && value !== undefined ? `, ${pair(line.label, formatLineValue(value))}` : "";
    const partialText = partialYears.includes(year) ? `, ${labels.partialYear.mark}` : "";
    return charts.yearColumn(year, formatValue(stacked.totals[i]?.total ?? 0), parts.join(listSeparator), `${lineText}${partialText}`);
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
    partialYears,
    isPartial: (year) => partialYears.includes(year),
  };
}
