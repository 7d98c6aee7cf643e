import type { ChartStyle } from "@/lib/charts/standalone-style";

export interface AxisTick {
  /** The tick's value (its React key). */
  value: number;
  /** Where it sits along the axis, in SVG units. */
  position: number;
  label: string;
}

export interface ChartAxisProps {
  orient: "bottom" | "left" | "right";
  ticks: AxisTick[];
  /** The y of a bottom axis, the x of a left or right one. */
  offset: number;
  /** Ends of the axis line (bottom axis only); no line when omitted. */
  domain?: [number, number];
  /** Length of the tick marks (bottom axis only). Default 0: labels only. */
  tickSize?: number;
  /** The axis of a line series (the year chart's right-hand axis): its labels get their own class. */
  lineSeries?: boolean;
  /** Standalone documents: the paint as attributes (on the page charts.css paints the axis). */
  paint?: ChartStyle;
}

/** Room between the axis line and its labels (longer than the tick marks, which they clear). */
const GAP = 6;

/** An axis with its labels; hidden from assistive technology, which reads the data's own names. */
export function ChartAxis({ orient, ticks, offset, domain, tickSize = 0, lineSeries = false, paint }: ChartAxisProps) {
  const labelProps = {
    className: lineSeries ? "chart-axis__line" : undefined,
    fill: paint?.mention,
  };
  if (orient !== "bottom") {
    const left = orient === "left";
    return (
      <g className="chart-axis" aria-hidden="true" transform={`translate(${offset},0)`}>
        {ticks.map((tick) => (
          <text key={tick.value} {...labelProps} x={left ? -GAP : GAP} y={tick.position} dy="0.32em" textAnchor={left ? "end" : undefined}>
            {tick.label}
          </text>
        ))}
      </g>
    );
  }
  return (
    <g className="chart-axis" aria-hidden="true" transform={`translate(0,${offset})`}>
      {domain ? <line x1={domain[0]} x2={domain[1]} stroke={paint?.axis} /> : null}
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(${tick.position},0)`}>
          {tickSize > 0 ? <line y2={tickSize} stroke={paint?.axis} /> : null}
          <text {...labelProps} y={GAP} dy="0.71em" textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
