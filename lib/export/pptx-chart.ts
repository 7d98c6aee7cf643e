import type PptxGenJS from "pptxgenjs";
import { LANGS, type Lang, labelsOf } from "@/lib/labels";
import { OTHERS_COLOR } from "@/lib/scales";
import { COLORS, FONT_FACE, FONT_SIZES, hexColor, PROOFING, plainText } from "./pptx-layout";
import type { ExportChart } from "./types";

type NativeChart = Exclude<ExportChart, { kind: "picture" | "figures" }>;

/** What `slide.addChart` takes: PowerPoint's chart type, the series, the options. */
export interface ChartSpec {
  type: PptxGenJS.CHART_NAME;
  data: PptxGenJS.OptsChartData[];
  options: PptxGenJS.IChartOpts;
}

/**
 * Excel number formats, always written in the invariant (en-US) syntax: a French PowerPoint shows
 * "#,##0" with its own thousands separator, "48 652 €", as the page does.
 */
export const NUMBER_FORMATS = { euros: '#,##0 "€"', integer: "#,##0" } as const;
/** English puts the euro sign first, as the page does (€48,652). */
const NUMBER_FORMATS_EN = { euros: '"€"#,##0', integer: "#,##0" } as const;

/**
 * The bars' categories top to bottom in the view's order. PowerPoint draws a bar chart's first
 * category at the bottom; reversing the category axis ("maxMin") puts it on top while the chart's
 * data, and the sheet staff open with "Edit data", stay in the view's order (reversing the data
 * instead would list "Autres (n)" first there). pptxgenjs writes the value as given, but its
 * typings only list "minMax": hence the cast.
 */
const TOP_TO_BOTTOM = "maxMin" as unknown as "minMax";

/** Cannot be drawn as a length; counted as 0, as the page's bars do (lib/charts/bars.ts). */
const drawable = (value: number) => (Number.isFinite(value) ? value : 0);

/**
 * The view's "Autres (n)" row, always last when the panel groups, drawn grey as on the page. Used
 * when the view gives no colour per bar: the row is recognised by its label, built by the same
 * function the engine names it with.
 */
function isOthersLabel(label: string): boolean {
  const count = /\((\d+)\)$/.exec(label)?.[1];
  return count !== undefined && LANGS.some((lang) => label === labelsOf(lang).others(Number(count)));
}

/** A colour per bar: the view's own (financer categories, the grey "Autres"), else the series' with "Autres" grey. */
function barColors(chart: Extract<ExportChart, { kind: "bars" }>, labels: readonly string[]): string[] {
  if (chart.series.pointColors && chart.series.pointColors.length === labels.length) return chart.series.pointColors.map(hexColor);
  const color = hexColor(chart.series.color);
  const hasOthers = labels.length > 1 && isOthersLabel(labels[labels.length - 1]!);
  return hasOthers ? labels.map((_, index) => (index === labels.length - 1 ? hexColor(OTHERS_COLOR) : color)) : [color];
}

/** Options shared by both chart kinds: fonts, French, no chart title (the slide has one). */
function commonOptions(valueKind: NativeChart["valueKind"], lang: Lang): PptxGenJS.IChartOpts {
  const format = (lang === "en" ? NUMBER_FORMATS_EN : NUMBER_FORMATS)[valueKind === "euros" ? "euros" : "integer"];
  return {
    lang: PROOFING[lang],
    showTitle: false,
    catAxisLabelFontFace: FONT_FACE,
    catAxisLabelFontSize: FONT_SIZES.axis,
    catAxisLabelColor: COLORS.text,
    catAxisLineShow: true,
    catAxisLineColor: COLORS.axis,
    catAxisMajorTickMark: "none",
    valAxisLabelFontFace: FONT_FACE,
    valAxisLabelFontSize: FONT_SIZES.axis,
    valAxisLabelColor: COLORS.mention,
    valAxisLabelFormatCode: format,
    // Also the number format of the embedded sheet's value cells.
    valLabelFormatCode: format,
    dataLabelFontFace: FONT_FACE,
    dataLabelFontSize: FONT_SIZES.dataLabel,
    dataLabelColor: COLORS.text,
    dataLabelFormatCode: format,
    legendFontFace: FONT_FACE,
    legendFontSize: FONT_SIZES.legend,
    legendColor: COLORS.text,
  };
}

/**
 * Horizontal bars, one per row of the view, each with its value written at its end: the values
 * are read from the labels, so the value axis and its grid are left out, as clutter.
 */
function barsSpec(chart: Extract<ExportChart, { kind: "bars" }>, lang: Lang): ChartSpec {
  const labels = chart.categories.map(plainText);
  // With several colours and one series, pptxgenjs colours each bar (`<c:dPt>`) in turn.
  const chartColors = barColors(chart, labels);
  return {
    type: "bar",
    data: [{ name: plainText(chart.series.name), labels, values: chart.series.values.map(drawable) }],
    options: {
      ...commonOptions(chart.valueKind, lang),
      barDir: "bar",
      barGrouping: "clustered",
      barGapWidthPct: 40,
      chartColors,
      catAxisOrientation: TOP_TO_BOTTOM,
      valAxisHidden: true,
      valGridLine: { style: "none" },
      // No `dataLabelPosition`: PowerPoint puts a clustered bar's label past its end by default,
      // and pptxgenjs 4.0.1 drops "outEnd" for clustered bars anyway (its check is inverted).
      showValue: true,
      showLegend: false,
    },
  };
}

/**
 * One column per year, one stacked segment per series, bottom first (pptxgenjs stacks the series
 * in order). Segments are too thin for labels: the value axis and its grid give the scale.
 */
function stackedColumnsSpec(chart: Extract<ExportChart, { kind: "stacked-columns" }>, lang: Lang): ChartSpec {
  const labels = chart.categories.map(plainText);
  return {
    type: "bar",
    data: chart.series.map((series) => ({
      name: plainText(series.name),
      labels,
      values: series.values.map(drawable),
    })),
    options: {
      ...commonOptions(chart.valueKind, lang),
      barDir: "col",
      barGrouping: "stacked",
      barGapWidthPct: 50,
      chartColors: chart.series.map((series) => hexColor(series.color)),
      valGridLine: { style: "solid", color: COLORS.grid, size: 0.75 },
      valAxisLineShow: false,
      showValue: false,
      showLegend: true,
      legendPos: "b",
    },
  };
}

/**
 * A comparison's two series side by side, a pair of bars per group on one value axis, each value
 * written at its bar's end; the legend names the sides.
 */
function clusteredBarsSpec(chart: Extract<ExportChart, { kind: "clustered-bars" }>, lang: Lang): ChartSpec {
  const labels = chart.categories.map(plainText);
  return {
    type: "bar",
    data: chart.series.map((series) => ({ name: plainText(series.name), labels, values: series.values.map(drawable) })),
    options: {
      ...commonOptions(chart.valueKind, lang),
      barDir: "bar",
      barGrouping: "clustered",
      barGapWidthPct: 60,
      chartColors: chart.series.map((series) => hexColor(series.color)),
      catAxisOrientation: TOP_TO_BOTTOM,
      valAxisHidden: true,
      valGridLine: { style: "none" },
      showValue: true,
      showLegend: true,
      legendPos: "b",
    },
  };
}

/** The native chart of a view; null when there is nothing to draw (no category or no series). */
export function chartSpec(chart: NativeChart, lang: Lang = "fr"): ChartSpec | null {
  if (chart.categories.length === 0) return null;
  if (chart.kind === "bars") return barsSpec(chart, lang);
  if (chart.series.length === 0) return null;
  if (chart.kind === "clustered-bars") return clusteredBarsSpec(chart, lang);
  return stackedColumnsSpec(chart, lang);
}
