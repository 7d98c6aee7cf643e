"use client";

import { swatchRows } from "@/lib/charts/legendLayout";
import { CHART_STYLE } from "@/lib/charts/standalone-style";
import { yearChartModel, type YearChartModel } from "@/lib/charts/yearModel";
import type { YearSegments } from "@/lib/charts/stack";
import { formatEurosCompact, formatInteger } from "@/lib/format";
import { FINANCER_CATEGORY_COLORS } from "@/lib/scales";
import { ChartTooltip } from "./ChartTooltip";
import { StandaloneFrame, frameInnerWidth, type StandaloneText } from "./StandaloneFrame";
import { SvgSwatchLegend } from "./SvgSwatchLegend";
import { useActiveDatum } from "./useActiveDatum";
import { useChartWidth } from "./useChartWidth";
import { YearDrawing } from "./YearDrawing";
import { YearLegend } from "./YearLegend";
import "./charts.css";

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
  /** Lay the chart out again at its container's measured width once mounted (see useChartWidth). Default true. */
  responsive?: boolean;
  /**
   * Render a standalone SVG document instead (fixed width, title, caption, legend and source drawn,
   * colours as attributes, not interactive), e.g. for `renderToStaticMarkup` to a file.
   */
  standalone?: StandaloneText;
}

const FONT_SIZE = 12;
const LEGEND = { fontSize: 12, gap: 12, swatch: { width: 12, height: 12, rx: 2, stroke: CHART_STYLE.swatchStroke, strokeOpacity: CHART_STYLE.swatchStrokeOpacity } };

/** Amounts per year stacked by category (d3 stack), with an optional line on its own right axis. */
export function YearChart(props: YearChartProps) {
  const { line, title, formatValue, formatLineValue = formatInteger, onSelectYear, width: fallbackWidth = 640, height = 300, standalone } = props;
  const [wrapperRef, measured] = useChartWidth<HTMLDivElement>(fallbackWidth, (props.responsive ?? true) && !standalone);
  const width = standalone ? frameInnerWidth(fallbackWidth) : measured;
  const model = yearChartModel({
    ...props,
    width,
    height,
    formatLineValue,
    formatTick: props.formatTick ?? formatEurosCompact,
    colors: props.colors ?? FINANCER_CATEGORY_COLORS,
  });
  const { stacked } = model;
  const { active, datumProps, onMouseLeave } = useActiveDatum<SVGGElement>({
    count: stacked.years.length,
    onSelect: onSelectYear && ((i) => { const year = stacked.years[i]; if (year !== undefined) onSelectYear(year); }),
    arrows: "horizontal",
    initialTabStop: model.selectedIndex,
  });

  if (standalone) {
    const items = [...model.legend, ...(line ? [{ key: "line", label: `${line.label} (axe de droite)`, color: CHART_STYLE.line, line: true }] : [])];
    const rows = swatchRows(items, { width, fontSize: LEGEND.fontSize, swatchWidth: LEGEND.swatch.width });
    return (
      <StandaloneFrame {...standalone} title={title} width={fallbackWidth} height={height + LEGEND.gap + rows.height} fontSize={FONT_SIZE}>
        <YearDrawing model={model} paint={CHART_STYLE} />
        <SvgSwatchLegend className="chart-legend" rows={rows} swatch={LEGEND.swatch} fontSize={LEGEND.fontSize} textColor={CHART_STYLE.text} y={height + LEGEND.gap} />
      </StandaloneFrame>
    );
  }

  return (
    <div className="chart-year">
      <div ref={wrapperRef} className="chart-wrapper" onMouseLeave={onMouseLeave}>
        <svg className="chart-svg" viewBox={`0 0 ${width} ${height}`} role={onSelectYear ? "group" : "img"} aria-label={title} fontSize={FONT_SIZE}>
          <YearDrawing model={model} active={active} datumProps={datumProps} />
        </svg>
        {active !== null ? <YearTooltip model={model} index={active} formatValue={formatValue} formatLineValue={formatLineValue} line={line} /> : null}
      </div>
      <YearLegend items={model.legend} line={line?.label} />
    </div>
  );
}

interface YearTooltipProps extends Pick<YearChartProps, "formatValue" | "line"> {
  model: YearChartModel;
  index: number;
  formatLineValue: (value: number) => string;
}

/** The active year's segments, total and line value, beside its column. */
function YearTooltip({ model, index, formatValue, formatLineValue, line }: YearTooltipProps) {
  const { stacked, legend, margin } = model;
  const year = stacked.years[index];
  if (year === undefined) return null;
  const center = (stacked.x(year) ?? 0) + stacked.x.bandwidth() / 2;
  const lineValue = model.lineValue(year);
  return (
    <ChartTooltip xPercent={(100 * center) / stacked.width} yPercent={(100 * margin.top) / stacked.height} placement={center < stacked.width * 0.55 ? "right" : "left"}>
      <p className="chart-tooltip__title">{year}</p>
      <ul className="chart-tooltip__list">
        {stacked.series.map((s, k) => {
          const seg = s.segments[index];
          if (!seg || seg.y1 <= seg.y0) return null;
          return (
            <li key={s.key}>
              <span className="chart-swatch" style={{ background: legend[k]?.color }} aria-hidden="true" /> {legend[k]?.label} : {formatValue(seg.y1 - seg.y0)}
            </li>
          );
        })}
      </ul>
      <p className="chart-tooltip__value">Total : {formatValue(stacked.totals[index]?.total ?? 0)}</p>
      {line && lineValue !== undefined ? <p>{line.label} : {formatLineValue(lineValue)}</p> : null}
    </ChartTooltip>
  );
}
