import type { ChartStyle } from "@/lib/charts/standalone-style";

export interface ChartGridProps {
  /** Vertical lines (at x positions) for horizontal bars, horizontal lines (at y) for columns. */
  orient: "vertical" | "horizontal";
  positions: number[];
  /** Where every line starts and ends along the other axis. */
  from: number;
  to: number;
  /** Standalone documents: the paint as attributes (on the page charts.css paints the grid). */
  paint?: ChartStyle;
}

/** Light grid lines at the axis ticks, behind the data. */
export function ChartGrid({ orient, positions, from, to, paint }: ChartGridProps) {
  const vertical = orient === "vertical";
  return (
    <g className="chart-grid" aria-hidden="true">
      {positions.map((position) => (
        <line
          key={position}
          x1={vertical ? position : from}
          x2={vertical ? position : to}
          y1={vertical ? from : position}
          y2={vertical ? to : position}
          stroke={paint?.grid}
        />
      ))}
    </g>
  );
}
