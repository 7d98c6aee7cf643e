"use client";

import { useState, type KeyboardEvent } from "react";
import type { AggregateRow } from "@/lib/query/aggregate";
import { barLayout } from "@/lib/charts/bars";
import { DEFAULT_BAR_COLOR, OTHERS_COLOR } from "@/lib/scales";
import { ChartTooltip } from "./ChartTooltip";
import { useChartWidth } from "./useChartWidth";
import "./charts.css";

export interface BarChartProps {
  rows: AggregateRow[];
  /** Accessible name of the chart (aria-label of the SVG). */
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
  /** viewBox width on the server and before measuring (SVG units; the SVG is scaled to 100% of its container). */
  width?: number;
  /** Lay the chart out again at its container's measured width once mounted (see useChartWidth). Default true. */
  responsive?: boolean;
  rowHeight?: number;
  /** Room for the labels. Default about a third of the width, at most 176. */
  labelWidth?: number;
  /** Room for the value labels right of the bars. Default a fifth of the width, at most 80. */
  valueWidth?: number;
}

const FONT_SIZE = 13;

/** Horizontal bars, one per row, with labels left, values at the bar ends and an x axis. */
export function BarChart({
  rows, title, formatValue, formatTick = formatValue, onSelect, selectedKey, color = DEFAULT_BAR_COLOR, secondary,
  width: fallbackWidth = 560, responsive = true, rowHeight = 30, labelWidth, valueWidth,
}: BarChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const [wrapperRef, width] = useChartWidth<HTMLDivElement>(fallbackWidth, responsive);
  const layout = barLayout(rows, {
    width,
    rowHeight,
    labelWidth: labelWidth ?? Math.min(176, Math.round(width * 0.34)),
    valueWidth: valueWidth ?? Math.min(80, Math.round(width * 0.2)),
    fontSize: FONT_SIZE,
  });
  const hasSelection = selectedKey !== undefined && rows.some((row) => row.key === selectedKey);
  const fill = (row: AggregateRow) => (row.key === "others" ? OTHERS_COLOR : typeof color === "function" ? color(row) : color);
  const describe = (row: AggregateRow) =>
    `${row.label} : ${formatValue(row.value)}${secondary ? `, ${secondary.label} : ${secondary.format(row)}` : ""}`;
  const activeBar = active === null ? undefined : layout.bars[active];

  const onKeyDown = (event: KeyboardEvent, row: AggregateRow) => {
    if (event.key === "Escape") setActive(null);
    if (!onSelect || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    onSelect(row);
  };

  return (
    <div ref={wrapperRef} className="chart-wrapper" onMouseLeave={() => setActive(null)}>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role={onSelect ? "group" : "img"}
        aria-label={title}
        fontSize={FONT_SIZE}
      >
        <g className="chart-grid" aria-hidden="true">
          {layout.ticks.map((tick) => (
            <line key={tick.value} x1={tick.x} x2={tick.x} y1={layout.plot.top} y2={layout.plot.bottom} />
          ))}
        </g>
        {layout.bars.map((bar, i) => {
          const interactive = onSelect !== undefined && !bar.isOthers;
          const selected = selectedKey !== undefined && bar.row.key === selectedKey;
          const className = ["chart-bar", interactive && "chart-bar--interactive", selected && "chart-bar--selected", hasSelection && !selected && "chart-bar--muted", active === i && "chart-bar--active"]
            .filter(Boolean)
            .join(" ");
          return (
            <g
              key={`${bar.key}-${i}`}
              className={className}
              data-key={bar.key}
              role={interactive ? "button" : undefined}
              tabIndex={interactive ? 0 : undefined}
              aria-label={interactive ? describe(bar.row) : undefined}
              aria-pressed={interactive && selectedKey !== undefined ? selected : undefined}
              onClick={interactive ? () => onSelect(bar.row) : undefined}
              onKeyDown={interactive ? (event) => onKeyDown(event, bar.row) : undefined}
              onMouseEnter={() => setActive(i)}
              onFocus={() => setActive(i)}
              onBlur={() => setActive(null)}
            >
              <title>{describe(bar.row)}</title>
              <rect className="chart-bar__hit" x={2} y={bar.rowY + 1} width={layout.width - 4} height={rowHeight - 2} rx={2} />
              <text className="chart-bar__label" x={layout.plot.left - 8} y={bar.valueY} dy="0.35em" textAnchor="end">{bar.label}</text>
              <rect className="chart-bar__rect" x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={fill(bar.row)} />
              <text className="chart-bar__value" x={bar.valueX} y={bar.valueY} dy="0.35em">{formatValue(bar.row.value)}</text>
            </g>
          );
        })}
        <g className="chart-axis" aria-hidden="true" transform={`translate(0,${layout.plot.bottom})`}>
          <line x1={layout.plot.left} x2={layout.plot.right} />
          {layout.ticks.map((tick) => (
            <g key={tick.value} transform={`translate(${tick.x},0)`}>
              <line y2={4} />
              <text y={6} dy="0.71em" textAnchor="middle">{formatTick(tick.value)}</text>
            </g>
          ))}
        </g>
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
