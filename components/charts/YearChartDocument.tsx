import type { ReactNode } from "react";
import { swatchRows } from "@/lib/charts/legendLayout";
import { CHART_STYLE } from "@/lib/charts/standalone-style";
import type { YearSegments } from "@/lib/charts/stack";
import { yearChartModel, type YearChartModel } from "@/lib/charts/yearModel";
import { formatsOf } from "@/lib/format";
import { type Lang, labelsOf } from "@/lib/labels";
import { FINANCER_CATEGORY_COLORS } from "@/lib/scales";
import { StandaloneFrame, frameInnerWidth, type StandaloneText } from "./StandaloneFrame";
import { SvgSwatchLegend } from "./SvgSwatchLegend";
import { YearDrawing } from "./YearDrawing";

// The year chart's standalone document, without "use client" or hooks, so that server code (a
// route handler rendering a file) can import it: see BarChartSvg.

export interface YearChartProps {
  years: YearSegments[];
  /** A second reading drawn as a line on a right-hand axis, e.g. partnerships active each year. */
  line?: { label: string; points: { year: number; value: number }[] };
  /** Accessible name of the chart; the heading of a standalone document. */
  title: string;
  /** Amounts in the tooltip and accessible names. */
  formatValue: (value: number) => string;
  /** Left axis ticks. Default compact euros. */
  formatTick?: (value: number) => string;
  /** Line values (tooltip, right axis). Default integers. */
  formatLineValue?: (value: number) => string;
  onSelectYear?: (year: number) => void;
  /** On the page: an action under each year's column (a "Détail" button), given the year and its total. */
  detail?: (year: number, total: number) => ReactNode;
  selectedYear?: number;
  /** Colour per segment key; its key order is the stacking order (bottom first). Default: financer categories. */
  colors?: Record<string, string>;
  /**
   * viewBox width on the server and before measuring (SVG units; the SVG is scaled to 100% of its
   * container). In a standalone document: the document's width, in px.
   */
  width?: number;
  /** Height of the plot (axes included), without the legend. */
  height?: number;
  /** The language of its words and default number formats (default French). */
  lang?: Lang;
  /** Lay the chart out again at its container's measured width once mounted (see useChartWidth). Default true. */
  responsive?: boolean;
  /**
   * Render a standalone SVG document instead (fixed width, title, caption, legend and source drawn,
   * colours as attributes, not interactive), e.g. for `renderToStaticMarkup` to a file. Server code
   * renders `YearChartDocument` from this module, the same document without the client module.
   */
  standalone?: StandaloneText;
}

export const YEAR_FONT_SIZE = 12;
export const DEFAULT_YEAR_CHART_WIDTH = 640;
const DEFAULT_HEIGHT = 300;
const LEGEND = { fontSize: 12, gap: 12, swatch: { width: 12, height: 12, rx: 2, stroke: CHART_STYLE.swatchStroke, strokeOpacity: CHART_STYLE.swatchStrokeOpacity } };

/** The props with their defaults, laid out at `width`. */
export function yearModelOf(props: YearChartProps, width: number): YearChartModel {
  return yearChartModel({
    ...props,
    width,
    height: props.height ?? DEFAULT_HEIGHT,
    formatTick: props.formatTick ?? formatsOf(props.lang).eurosCompact,
    formatLineValue: props.formatLineValue ?? formatsOf(props.lang).integer,
    colors: props.colors ?? FINANCER_CATEGORY_COLORS,
  });
}

/** The year chart as a standalone SVG document with its legend (what `<YearChart standalone={…}>` renders). */
export function YearChartDocument(props: YearChartProps & { standalone: StandaloneText }) {
  const width = props.width ?? DEFAULT_YEAR_CHART_WIDTH;
  const model = yearModelOf(props, frameInnerWidth(width));
  const { height } = model;
  const line = props.line ? [{ key: "line", label: labelsOf(props.lang).dashboard.charts.rightAxis(props.line.label), color: CHART_STYLE.line, line: true }] : [];
  const rows = swatchRows([...model.legend, ...line], { width: model.width, fontSize: LEGEND.fontSize, swatchWidth: LEGEND.swatch.width });
  return (
    <StandaloneFrame {...props.standalone} title={props.title} width={width} height={height + LEGEND.gap + rows.height} fontSize={YEAR_FONT_SIZE}>
      <YearDrawing model={model} paint={CHART_STYLE} />
      <SvgSwatchLegend className="chart-legend" rows={rows} swatch={LEGEND.swatch} fontSize={LEGEND.fontSize} textColor={CHART_STYLE.text} y={height + LEGEND.gap} />
    </StandaloneFrame>
  );
}
