"use client";
import { useChartWidth } from "../charts/useChartWidth";
import { CompareChartDocument, type CompareChartProps, CompareDrawing, COMPARE_FONT_SIZE, DEFAULT_COMPARE_WIDTH, layoutCompare } from "./CompareChartSvg";
import "../charts/charts.css";

/** Both sides of a comparison as pairs of bars on one axis: the page's chart (the file's is CompareChartDocument). */
export function CompareChart(props: CompareChartProps) {
  const { title, width: fallbackWidth = DEFAULT_COMPARE_WIDTH, standalone } = props;
  const [wrapperRef, width] = useChartWidth<HTMLDivElement>(fallbackWidth, !standalone);
  if (standalone) return <CompareChartDocument {...props} standalone={standalone} />;
  const { layout, legend } = layoutCompare(props, width);
  return (
    <div ref={wrapperRef} className="chart-wrapper">
      <svg className="chart-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={title} fontSize={COMPARE_FONT_SIZE}>
        <CompareDrawing {...props} layout={layout} legend={legend} />
      </svg>
    </div>
  );
}
