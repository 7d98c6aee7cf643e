"use client";

import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { ChartTooltip } from "./ChartTooltip";
import { BarChartDocument, BarsDrawing, BAR_FONT_SIZE, DEFAULT_BAR_CHART_WIDTH, layoutBars, type BarChartProps } from "./BarChartSvg";
import { useActiveDatum } from "./useActiveDatum";
import { useChartWidth } from "./useChartWidth";
import "./charts.css";

export type { BarChartProps };

/** Horizontal bars, one per row, with labels left, values at the bar ends and an x axis. */
export function BarChart(pageProps: BarChartProps) {
  // The page's language, unless the caller names one.
  const props = { lang: useLang(), ...pageProps };
  const { pair } = useLabels().dashboard;
  const { title, formatValue, onSelect, secondary, detail, width: fallbackWidth = DEFAULT_BAR_CHART_WIDTH, responsive = true, standalone } = props;
  const [wrapperRef, width] = useChartWidth<HTMLDivElement>(fallbackWidth, responsive && !standalone);
  const layout = layoutBars(props, width);
  const { active, datumProps, onMouseLeave } = useActiveDatum<SVGGElement>({
    count: layout.bars.length,
    onSelect: onSelect && ((i) => { const bar = layout.bars[i]; if (bar) onSelect(bar.row); }),
  });

  if (standalone) return <BarChartDocument {...props} standalone={standalone} />;
  const activeBar = active === null ? undefined : layout.bars[active];
  const chart = (
    // biome-ignore lint/a11y/noStaticElementInteractions: leaving the chart with the mouse hides its tooltip; keyboard users close it with Escape or by moving the focus (useActiveDatum)
    <div ref={wrapperRef} className="chart-wrapper" onMouseLeave={onMouseLeave}>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role={onSelect ? "group" : "img"}
        aria-label={title}
        fontSize={BAR_FONT_SIZE}
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
          {secondary ? <p>{pair(secondary.label, secondary.format(activeBar.row))}</p> : null}
        </ChartTooltip>
      ) : null}
    </div>
  );
  if (!detail) return chart;
  // HTML buttons beside the SVG, placed in % of its height like the tooltip: nothing is measured.
  return (
    <div className="chart-detail-frame">
      {chart}
      <div className="chart-detail-column">
        {layout.bars.map((bar) => (
          <div key={bar.key} className="chart-detail-slot" style={{ top: `${((100 * bar.valueY) / layout.height).toFixed(2)}%` }}>
            {detail(bar.row)}
          </div>
        ))}
      </div>
    </div>
  );
}
