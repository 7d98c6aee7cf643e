import { Fragment, type ReactNode } from "react";
import type { AggregateRow } from "@/lib/query/aggregate";
import { barLayout, type BarGeometry, type BarLayout } from "@/lib/charts/bars";
import { CHART_STYLE, type ChartStyle } from "@/lib/charts/standalone-style";
import { type Lang, labelsOf } from "@/lib/labels";
import { DEFAULT_BAR_COLOR, OTHERS_COLOR } from "@/lib/scales";
import { ChartAxis } from "./ChartAxis";
import { ChartGrid } from "./ChartGrid";
import { StandaloneFrame, frameInnerWidth, type StandaloneText } from "./StandaloneFrame";
import type { ActiveDatum } from "./useActiveDatum";

// The bar chart's drawing and its standalone document, without "use client" or hooks, so that
// server code (a route handler rendering a file) can import them: a "use client" module's exports
// are client references there, which renderToStaticMarkup cannot call.

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
  /** On the page: an action beside each bar (a "Détail" button), in a column right of the chart. */
  detail?: (row: AggregateRow) => ReactNode;
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
   * as attributes, not interactive), e.g. for `renderToStaticMarkup` to a file. Server code renders
   * `BarChartDocument` from this module, the same document without the client module.
   */
  standalone?: StandaloneText;
  /** The language of the bars' accessible names (default French). */
  lang?: Lang;
}

export const BAR_FONT_SIZE = 13;
export const DEFAULT_BAR_CHART_WIDTH = 560;
/** Narrower than this (a phone), the labels go above the bars: a third of 340 px holds ten letters. */
const LABELS_ABOVE_BELOW = 440;

/** The bars' geometry at `width`, with the props' room for labels and values. */
export function layoutBars(props: BarChartProps, width: number): BarLayout {
  return barLayout(props.rows, {
    width,
    rowHeight: props.rowHeight ?? 30,
    labelWidth: props.labelWidth ?? Math.min(176, Math.round(width * 0.34)),
    valueWidth: props.valueWidth ?? Math.min(80, Math.round(width * 0.2)),
    fontSize: BAR_FONT_SIZE,
    labelsAbove: width < LABELS_ABOVE_BELOW,
  });
}

/** The bar chart as a standalone SVG document (what `<BarChart standalone={…}>` renders). */
export function BarChartDocument(props: BarChartProps & { standalone: StandaloneText }) {
  const width = props.width ?? DEFAULT_BAR_CHART_WIDTH;
  const layout = layoutBars(props, frameInnerWidth(width));
  return (
    <StandaloneFrame {...props.standalone} title={props.title} width={width} height={layout.height} fontSize={BAR_FONT_SIZE}>
      <BarsDrawing {...props} layout={layout} paint={CHART_STYLE} />
    </StandaloneFrame>
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
export function BarsDrawing({ layout, active, datumProps, paint, ...props }: BarsDrawingProps) {
  const { formatValue, formatTick = formatValue, onSelect, selectedKey, color = DEFAULT_BAR_COLOR, secondary } = props;
  const hasSelection = selectedKey !== undefined && layout.bars.some((bar) => bar.row.key === selectedKey);
  const fill = ({ row, isOthers }: BarGeometry) => (isOthers ? OTHERS_COLOR : typeof color === "function" ? color(row) : color);
  const { pair } = labelsOf(props.lang).dashboard;
  const describe = (row: AggregateRow) => `${pair(row.label, formatValue(row.value))}${secondary ? `, ${pair(secondary.label, secondary.format(row))}` : ""}`;
  const bar = (geometry: BarGeometry, i: number) => {
    const interactive = datumProps !== undefined && onSelect !== undefined && !geometry.isOthers;
    const selected = selectedKey !== undefined && geometry.row.key === selectedKey;
    const muted = hasSelection && !selected;
    const className = ["chart-bar", interactive && "chart-bar--interactive", selected && "chart-bar--selected", muted && "chart-bar--muted", active === i && "chart-bar--active"]
      .filter(Boolean)
      .join(" ");
    const value = (
      <text
        className="chart-bar__value"
        x={geometry.valueX}
        y={geometry.valueY}
        dy="0.35em"
        fill={paint?.text}
        aria-hidden={interactive || undefined}
        pointerEvents={interactive ? "none" : undefined}
      >
        {formatValue(geometry.row.value)}
      </text>
    );
    return (
      <Fragment key={`${geometry.key}-${i}`}>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-pressed is set only with role="button" (interactive), which Biome cannot see through the condition */}
        <g
          className={className}
          data-key={geometry.key}
          role={interactive ? "button" : undefined}
          {...datumProps?.(i, interactive)}
          aria-label={interactive ? describe(geometry.row) : undefined}
          aria-pressed={interactive && selectedKey !== undefined ? selected : undefined}
        >
          {/* An interactive bar has its name (aria-label) and the chart's own tooltip: a <title> would
              repeat both, and be read as part of the button's visible text. */}
          {interactive ? null : <title>{describe(geometry.row)}</title>}
          {paint ? null : <rect className="chart-bar__hit" x={2} y={geometry.rowY + 1} width={layout.width - 4} height={geometry.rowHeight - 2} rx={2} />}
          {geometry.labelsAbove ? (
            // Lines above the bar; the space ending each but the last keeps the words apart in the text.
            <text className="chart-bar__label" x={geometry.labelX} y={geometry.labelY} fill={paint?.text} fontWeight={paint && selected ? 700 : undefined}>
              {geometry.labelLines.map((line, n) => (
                <tspan key={line} x={geometry.labelX} dy={n === 0 ? undefined : "1.25em"}>
                  {n < geometry.labelLines.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
            </text>
          ) : (
            <text className="chart-bar__label" x={geometry.labelX} y={geometry.labelY} dy="0.35em" textAnchor="end" fill={paint?.text} fontWeight={paint && selected ? 700 : undefined}>
              {geometry.label}
            </text>
          )}
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
          {interactive ? null : value}
        </g>
        {/* A button's visible text is its label alone, the first words of its name (WCAG 2.5.3, label
            in name): a label cut to fit ("Environnement…") followed by the value is no run of words
            of "Environnement, Climat et Energie : 1,2 M€, …". So the value is drawn beside the
            button, hidden from assistive technologies (the name says it) and from the pointer (a
            click on it reaches the button's row beneath). */}
        {interactive ? value : null}
      </Fragment>
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
