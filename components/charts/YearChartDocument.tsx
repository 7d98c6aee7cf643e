import type { ReactNode } from "react";
import { swatchRows } from "@/lib/charts/legendLayout";
import { CHART_STYLE } from "@/lib/charts/standalone-style";
import { wrapToWidth } from "@/lib/charts/wrap";
import type { YearSegments } from "@/lib/charts/stack";
import { yearChartModel, type YearChartModel } from "@/lib/charts/yearModel";
import { formatsOf } from "@/lib/format";
import { type Lang, labelsOf } from "@/lib/labels";
import { FINANCER_CATEGORY_COLORS } from "@/lib/scales";
import { StandaloneFrame, frameInnerWidth, type StandaloneText } from "./StandaloneFrame";
import { SvgSwatchLegend } from "./SvgSwatchLegend";
import { HatchPatterns, YearDrawing, hatchFill } from "./YearDrawing";

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
  /**
   * In a standalone document: the sentence on the partial years (lib/charts/partial-year.ts,
   * partialYearNote), written under the legend. On the page the panel shows it under the chart.
   */
  partialNote?: string;
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
const NOTE = { size: 11, line: 15 };
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
  const labels = labelsOf(props.lang);
  const line = props.line ? [{ key: "line", label: labels.dashboard.charts.rightAxis(props.line.label), color: CHART_STYLE.line, line: true }] : [];
  const partial = model.partialYears.length > 0;
  const hatch = partial ? [{ key: "partial", label: labels.partialYear.legend, color: hatchFill(CHART_STYLE.text) }] : [];
  const rows = swatchRows([...model.legend, ...line, ...hatch], { width: model.width, fontSize: LEGEND.fontSize, swatchWidth: LEGEND.swatch.width });
  const noteLines = partial && props.partialNote ? wrapToWidth(props.partialNote, model.width, NOTE.size) : [];
  const noteTop = height + LEGEND.gap + rows.height + (noteLines.length > 0 ? LEGEND.gap / 2 : 0);
  return (
    <StandaloneFrame {...props.standalone} title={props.title} width={width} height={noteTop + noteLines.length * NOTE.line} fontSize={YEAR_FONT_SIZE}>
      <YearDrawing model={model} paint={CHART_STYLE} />
      {/* The legend's neutral hatch: the partial years' mark, whatever their colours. */}
      {partial ? <HatchPatterns colors={[CHART_STYLE.text]} /> : null}
      <SvgSwatchLegend className="chart-legend" rows={rows} swatch={LEGEND.swatch} fontSize={LEGEND.fontSize} textColor={CHART_STYLE.text} y={height + LEGEND.gap} />
      {noteLines.length > 0 ? (
        <text className="chart-document__note" fontSize={NOTE.size} fill={CHART_STYLE.mention}>
          {noteLines.map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped sentence, in order
            <tspan key={i} x={0} y={noteTop + i * NOTE.line + NOTE.size}>{text}</tspan>
          ))}
        </text>
      ) : null}
    </StandaloneFrame>
  );
}
