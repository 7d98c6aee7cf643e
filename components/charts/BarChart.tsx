"use client";

import type { AggregateRow } from "@/lib/query/aggregate";
import { barLayout, type BarGeometry, type BarLayout } from "@/lib/charts/bars";
import { CHART_STYLE, type ChartStyle } from "@/lib/charts/standalone-style";
import { DEFAULT_BAR_COLOR, OTHERS_COLOR } from "@/lib/scales";
import { ChartAxis } from "./ChartAxis";
import { ChartGrid } from "./ChartGrid";
import { ChartTooltip } from "./ChartTooltip";
import { StandaloneFrame, frameInnerWidth, type StandaloneText } from "./StandaloneFrame";
import { type ActiveDatum, useActiveDatum } from "./useActiveDatum";
import { useChartWidth } from "./useChartWidth";
import "./charts.css";

export interface BarChartProps {
  rows: AggregateRow[];
  /** Accessible name of the chart (aria-label of the SVG); the heading of a standalone document. */
  title: string;
  formatValue: (value: number) => string;
  /** Formats the x axis ticks (e.g. compact euros). Default `formatValue`. */
  formatTick?: (value: number) => string;
  /** Click, Enter or Space on a bar (never on the "others" row). */
  onSelect?: (row: AggregateRow) => void;
  selectedKey?: string | number;
  /** Bar fill, fixed or per row. Default blue France; the "others" row is always grey. */
  color?: string | ((row: AggregateRow) => string);
  /** A second figure for the tooltip and the bar's accessible name, e.g. `{ label: "Partenariats", format: (r) => formatInteger(r.partnerships) }`. */
  secondary?: { label: string; format: (row: AggregateRow) => string };
  /**
   * viewBox width on the server and before measuring (SVG units; the SVG is scaled to 100% of its
   * container). In a standalone document: the document's width, in px.
   */
  width?: number;
  /** Lay the chart out again at its container's measured width once mounted (see useChartWidth). Default true. */
  responsive?: boolean;
  rowHeight?: number;
  /** Room for the labels. Default about a third of the width, at most 176. */
  labelWidth?: number;
  /** Room for the value labels right of the bars. Default a fifth of the width, at most 80. */
  valueWidth?: number;
  /**
   * Render a standalone SVG document instead (fixed width, title, caption and source drawn, colours
   * as attributes, not interactive), e.g. for `renderToStaticMarkup` to a file.
   */
  standalone?: StandaloneText;
}

const FONT_SIZE = 13;

/** Horizontal bars, one per row, with labels left, values at the bar ends and an x axis. */
export function BarChart(props: BarChartProps) {
  const { rows, title, formatValue, onSelect, selectedKey, secondary, width: fallbackWidth = 560, responsive = true, standalone } = props;
  const [wrapperRef, measured] = useChartWidth<HTMLDivElement>(fallbackWidth, responsive && !standalone);
  const width = standalone ? frameInnerWidth(fallbackWidth) : measured;
  const layout = barLayout(rows, {
    width,
    rowHeight: props.rowHeight ?? 30,
    labelWidth: props.labelWidth ?? Math.min(176, Math.round(width * 0.34)),
    valueWidth: props.valueWidth ?? Math.min(80, Math.round(width * 0.2)),
    fontSize: FONT_SIZE,
  });
  const { active, datumProps, onMouseLeave } = useActiveDatum<SVGGElement>({
    count: layout.bars.length,
    onSelect: onSelect && ((i) => { const bar = layout.bars[i]; if (bar) onSelect(bar.row); }),
  });

  if (standalone) {
    return (
      <StandaloneFrame {...standalone} title={title} width={fallbackWidth} height={layout.height} fontSize={FONT_SIZE}>
        <BarsDrawing {...props} layout={layout} paint={CHART_STYLE} />
      </StandaloneFrame>
    );
  }
  const activeBar = active === null ? undefined : layout.bars[active];
  return (
    <div ref={wrapperRef} className="chart-wrapper" onMouseLeave={onMouseLeave}>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role={onSelect ? "group" : "img"}
        aria-label={title}
        fontSize={FONT_SIZE}
      >
        <BarsDrawing {...props} layout={layout} active={active} datumProps={datumProps} />
      </svg>
      {activeBar ? (
        <ChartTooltip
          xPercent={(100 * Math.max(activeBar.x + activeBar.width / 2, layout.plot.left)) / layout.width}
          yPercent={(100 * (activeBar.y + activeBar.height)) / layout.height}
          placement="below"
        >
          <p className="chart-tooltip__title">{activeBar.row.label}</p>
          <p className="chart-tooltip__value">{formatValue(activeBar.row.value)}</p>
          {secondary ? <p>{secondary.label} : {secondary.format(activeBar.row)}</p> : null}
        </ChartTooltip>
      ) : null}
    </div>
  );
}

interface BarsDrawingProps extends BarChartProps {
  layout: BarLayout;
  /** On the page: the active bar and its interaction props (see useActiveDatum). */
  active?: number | null;
  datumProps?: ActiveDatum<SVGGElement>["datumProps"];
  /** In a standalone document: the paint written as attributes. */
  paint?: ChartStyle;
}

/** The grid, the bars and the axis, inside the page's SVG or a standalone document. */
function BarsDrawing({ layout, active, datumProps, paint, ...props }: BarsDrawingProps) {
  const { formatValue, formatTick = formatValue, onSelect, selectedKey, color = DEFAULT_BAR_COLOR, secondary } = props;
  const rowHeight = props.rowHeight ?? 30;
  const hasSelection = selectedKey !== undefined && layout.bars.some((bar) => bar.row.key === selectedKey);
  const fill = ({ row, isOthers }: BarGeometry) => (isOthers ? OTHERS_COLOR : typeof color === "function" ? color(row) : color);
  const describe = (row: AggregateRow) =>
    `${row.label} : ${formatValue(row.value)}${secondary ? `, ${secondary.label} : ${secondary.format(row)}` : ""}`;
  const bar = (geometry: BarGeometry, i: number) => {
    const interactive = datumProps !== undefined && onSelect !== undefined && !geometry.isOthers;
    const selected = selectedKey !== undefined && geometry.row.key === selectedKey;
    const muted = hasSelection && !selected;
    const className = ["chart-bar", interactive && "chart-bar--interactive", selected && "chart-bar--selected", muted && "chart-bar--muted", active === i && "chart-bar--active"]
      .filter(Boolean)
      .join(" ");
    return (
      <g
        key={`${geometry.key}-${i}`}
        className={className}
        data-key={geometry.key}
        role={interactive ? "button" : undefined}
        {...datumProps?.(i, interactive)}
        aria-label={interactive ? describe(geometry.row) : undefined}
        aria-pressed={interactive && selectedKey !== undefined ? selected : undefined}
      >
        <title>{describe(geometry.row)}</title>
        {paint ? null : <rect className="chart-bar__hit" x={2} y={geometry.rowY + 1} width={layout.width - 4} height={rowHeight - 2} rx={2} />}
        <text className="chart-bar__label" x={layout.plot.left - 8} y={geometry.valueY} dy="0.35em" textAnchor="end" fill={paint?.text} fontWeight={paint && selected ? 700 : undefined}>
          {geometry.label}
        </text>
        <rect
          className="chart-bar__rect"
          x={geometry.x}
          y={geometry.y}
          width={geometry.width}
          height={geometry.height}
          fill={fill(geometry)}
          stroke={paint && selected ? paint.selectedStroke : undefined}
          strokeWidth={paint && selected ? paint.selectedStrokeWidth : undefined}
          opacity={paint && muted ? paint.mutedOpacity : undefined}
        />
        <text className="chart-bar__value" x={geometry.valueX} y={geometry.valueY} dy="0.35em" fill={paint?.text}>{formatValue(geometry.row.value)}</text>
      </g>
    );
  };
  const ticks = layout.ticks.map((tick) => ({ value: tick.value, position: tick.x, label: formatTick(tick.value) }));
  return (
    <>
      <ChartGrid orient="vertical" positions={layout.ticks.map((tick) => tick.x)} from={layout.plot.top} to={layout.plot.bottom} paint={paint} />
      {layout.bars.map(bar)}
      <ChartAxis orient="bottom" ticks={ticks} offset={layout.plot.bottom} domain={[layout.plot.left, layout.plot.right]} tickSize={4} paint={paint} />
    </>
  );
}
