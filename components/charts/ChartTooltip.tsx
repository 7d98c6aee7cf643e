import type { ReactNode } from "react";

export interface ChartTooltipProps {
  /** Anchor, in % of the chart wrapper's width and height (the SVG scales with the wrapper). */
  xPercent: number;
  yPercent: number;
  /** Centred under the anchor, or beside it (for columns, so that it does not hide them). */
  placement: "below" | "right" | "left";
  children: ReactNode;
}

/**
 * A tooltip in HTML over the SVG, placed with percentages so that nothing is measured: its width is
 * fixed in CSS (`--tooltip-width`) and `clamp()` keeps it inside the wrapper, even 375 px wide.
 */
export function ChartTooltip({ xPercent, yPercent, placement, children }: ChartTooltipProps) {
  const x = `${xPercent.toFixed(2)}%`;
  const wanted =
    placement === "below"
      ? `calc(${x} - var(--tooltip-width) / 2)`
      : placement === "right"
        ? `calc(${x} + 0.5rem)`
        : `calc(${x} - 0.5rem - var(--tooltip-width))`;
  return (
    <div
      role="tooltip"
      className="chart-tooltip"
      style={{ left: `clamp(0px, ${wanted}, calc(100% - var(--tooltip-width)))`, top: `calc(${yPercent.toFixed(2)}% + 0.25rem)` }}
    >
      {children}
    </div>
  );
}
