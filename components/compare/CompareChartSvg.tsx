import { LABEL_GAP } from "@/lib/charts/bars";
import { type ClusteredGroup, clusteredLayout, type ClusteredLayout } from "@/lib/charts/clustered";
import { swatchRows } from "@/lib/charts/legendLayout";
import { CHART_STYLE, type ChartStyle } from "@/lib/charts/standalone-style";
import { SIDE_COLORS } from "@/lib/compare/figures";
import type { CompareRow } from "@/lib/compare/rows";
import type { Side } from "@/lib/compare/state";
import { labelsOf } from "@/lib/labels";
import { BarLabel } from "../charts/BarLabel";
import { ChartAxis } from "../charts/ChartAxis";
import { ChartGrid } from "../charts/ChartGrid";
import { StandaloneFrame, frameInnerWidth, type StandaloneText } from "../charts/StandaloneFrame";
import { SvgSwatchLegend } from "../charts/SvgSwatchLegend";
import { barLabelWidth } from "../charts/BarChartSvg";

// The comparison chart's drawing and its standalone document, without "use client" or hooks, so
// that a route handler can render the file from the very drawing the page shows (as BarChartSvg).

export interface CompareChartProps {
  rows: CompareRow[];
  /** Accessible name of the chart; the heading of a standalone document. */
  title: string;
  /** Each side's name, for the legend and the bars' names. */
  names: Record<Side, string>;
  formatValue: (value: number) => string;
  /** viewBox width (SVG units); in a standalone document, the document's width in px. */
  width?: number;
  labelWidth?: number;
  valueWidth?: number;
  standalone?: StandaloneText;
}

export const COMPARE_FONT_SIZE = 13;
export const DEFAULT_COMPARE_WIDTH = 640;
const GROUP_HEIGHT = 44;
const SWATCH = { width: 14, height: 14, rx: 2 };

const legendItems = (names: Record<Side, string>) =>
  (["a", "b"] as const).map((side) => ({ key: side, label: `${labelsOf().compare.short[side]} : ${names[side]}`, color: SIDE_COLORS[side] }));

/** The chart's geometry at `width`: the legend's rows on top, then the pairs of bars. */
export function layoutCompare(props: CompareChartProps, width: number): { layout: ClusteredLayout; legend: ReturnType<typeof swatchRows<ReturnType<typeof legendItems>[number]>> } {
  const legend = swatchRows(legendItems(props.names), { width, fontSize: COMPARE_FONT_SIZE, swatchWidth: SWATCH.width });
  const layout = clusteredLayout(props.rows, {
    width,
    groupHeight: GROUP_HEIGHT,
    labelWidth: props.labelWidth ?? barLabelWidth(width),
    valueWidth: props.valueWidth ?? Math.min(80, Math.round(width * 0.2)),
    fontSize: COMPARE_FONT_SIZE,
    legendHeight: legend.height + 8,
  });
  return { layout, legend };
}

/** The comparison chart as a standalone SVG document. */
export function CompareChartDocument(props: CompareChartProps & { standalone: StandaloneText }) {
  const width = props.width ?? DEFAULT_COMPARE_WIDTH;
  const { layout, legend } = layoutCompare(props, frameInnerWidth(width));
  return (
    <StandaloneFrame {...props.standalone} title={props.title} width={width} height={layout.height} fontSize={COMPARE_FONT_SIZE}>
      <CompareDrawing {...props} layout={layout} legend={legend} paint={CHART_STYLE} />
    </StandaloneFrame>
  );
}

interface CompareDrawingProps extends CompareChartProps {
  layout: ClusteredLayout;
  legend: ReturnType<typeof layoutCompare>["legend"];
  paint?: ChartStyle;
}

/** The legend, the grid, the pairs of bars and the axis, in the page's SVG or a standalone document. */
export function CompareDrawing({ layout, legend, paint, formatValue }: CompareDrawingProps) {
  const short = labelsOf().compare.short;
  const describe = (group: ClusteredGroup) =>
    `${group.row.label} : ${short.a} ${formatValue(group.row.a)}, ${short.b} ${formatValue(group.row.b)}`;
  const ticks = layout.ticks.map((tick) => ({ value: tick.value, position: tick.x, label: formatValue(tick.value) }));
  return (
    <>
      <SvgSwatchLegend
        rows={legend}
        swatch={{ ...SWATCH, stroke: paint?.swatchStroke ?? "#161616", strokeOpacity: 0.2 }}
        fontSize={COMPARE_FONT_SIZE}
        textColor={paint?.text ?? "currentColor"}
        y={0}
        className="compare-legend"
      />
      <ChartGrid orient="vertical" positions={layout.ticks.map((tick) => tick.x)} from={layout.plot.top} to={layout.plot.bottom} paint={paint} />
      {layout.groups.map((group) => (
        <g key={group.key} className="chart-bar compare-group" data-key={group.key}>
          {/* The pair's one description, both sides' values: the tooltip on hover, and the name of
              the group in a standalone file. A bar has no name of its own: an aria-label on a <g>
              without a role is ignored (and inside the page's role="img" nothing is read); the
              table under the chart gives every value to assistive technologies. */}
          <title>{describe(group)}</title>
          <BarLabel x={layout.plot.left - LABEL_GAP} lines={group.labelLines} spaced={group.labelSpaced} lineY={group.labelLineY} fill={paint?.text} />
          {group.bars.map((bar) => (
            <g key={bar.side} data-side={bar.side}>
              <rect className="compare-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={SIDE_COLORS[bar.side]} />
              <text className="chart-bar__value" x={bar.valueX} y={bar.valueY} dy="0.35em" fontSize={11} fill={paint?.text}>
                {formatValue(bar.value)}
              </text>
            </g>
          ))}
        </g>
      ))}
      <ChartAxis orient="bottom" ticks={ticks} offset={layout.plot.bottom} domain={[layout.plot.left, layout.plot.right]} tickSize={4} paint={paint} />
    </>
  );
}
