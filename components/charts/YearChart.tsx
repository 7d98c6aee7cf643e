"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { yearLineLayout } from "@/lib/charts/line";
import { segmentKeys, stackYears, type YearSegments } from "@/lib/charts/stack";
import { formatEurosCompact, formatInteger } from "@/lib/format";
import { FINANCER_CATEGORY_COLORS, THEME_PALETTE } from "@/lib/scales";
import { ChartTooltip } from "./ChartTooltip";
import { useChartWidth } from "./useChartWidth";
import { YearLegend } from "./YearLegend";
import "./charts.css";

export interface YearChartProps {
  years: YearSegments[];
  /** A second reading drawn as a line on a right-hand axis, e.g. partnerships active each year. */
  line?: { label: string; points: { year: number; value: number }[] };
  /** Accessible name of the chart. */
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
  /** viewBox width on the server and before measuring (SVG units; the SVG is scaled to 100% of its container). */
  width?: number;
  height?: number;
  /** Lay the chart out again at its container's measured width once mounted (see useChartWidth). Default true. */
  responsive?: boolean;
}

const MARGIN = { top: 12, right: 52, bottom: 28, left: 60 };

/** Amounts per year stacked by category (d3 stack), with an optional line on its own right axis. */
export function YearChart({
  years, line, title, formatValue, formatTick = formatEurosCompact, formatLineValue = formatInteger, onSelectYear,
  selectedYear, colors = FINANCER_CATEGORY_COLORS, width: fallbackWidth = 640, height = 300, responsive = true,
}: YearChartProps) {
  const [wrapperRef, width] = useChartWidth<HTMLDivElement>(fallbackWidth, responsive);
  const [active, setActive] = useState<number | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const columnRefs = useRef<(SVGGElement | null)[]>([]);
  const margin = line ? MARGIN : { ...MARGIN, right: 16 };
  const keys = segmentKeys(years, Object.keys(colors));
  const stacked = stackYears(years, keys, { width, height, margin });
  const lineLayout = line ? yearLineLayout(line.points, stacked) : undefined;
  const { x, y } = stacked;
  const labels = new Map(years.flatMap((year) => year.segments.map((s) => [s.key, s.label] as const)).reverse());
  const colorOf = (key: string, i: number) => colors[key] ?? THEME_PALETTE[i % THEME_PALETTE.length] ?? "#929292";
  const legend = keys.map((key, i) => ({ key, label: labels.get(key) ?? key, color: colorOf(key, i) }));
  const lineValue = (year: number) => lineLayout?.points.find((p) => p.year === year)?.value;
  const selectedIndex = selectedYear === undefined ? -1 : stacked.years.indexOf(selectedYear);
  const tabStop = focusIndex !== null && focusIndex < stacked.years.length ? focusIndex : Math.max(selectedIndex, 0);

  const describe = (i: number) => {
    const year = stacked.years[i] ?? 0;
    const parts = stacked.series.flatMap((s, k) => {
      const seg = s.segments[i];
      return seg && seg.y1 > seg.y0 ? [`${legend[k]?.label ?? s.key} ${formatValue(seg.y1 - seg.y0)}`] : [];
    });
    const value = lineValue(year);
    const lineText = line && value !== undefined ? `, ${line.label} : ${formatLineValue(value)}` : "";
    return `${year} : ${formatValue(stacked.totals[i]?.total ?? 0)} au total${parts.length ? ` (${parts.join(" ; ")})` : ""}${lineText}`;
  };

  const moveFocus = (i: number) => {
    const next = Math.max(0, Math.min(stacked.years.length - 1, i));
    setFocusIndex(next);
    columnRefs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, i: number, year: number) => {
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: stacked.years.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveFocus(target);
    } else if (event.key === "Escape") setActive(null);
    else if (onSelectYear && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      onSelectYear(year);
    }
  };

  const activeYear = active === null ? undefined : stacked.years[active];
  const activeCenter = activeYear === undefined ? 0 : (x(activeYear) ?? 0) + x.bandwidth() / 2;
  const plotBottom = height - margin.bottom;

  return (
    <div className="chart-year">
      <div ref={wrapperRef} className="chart-wrapper" onMouseLeave={() => setActive(null)}>
        <svg className="chart-svg" viewBox={`0 0 ${width} ${height}`} role={onSelectYear ? "group" : "img"} aria-label={title} fontSize={12}>
          <g className="chart-grid" aria-hidden="true">
            {y.ticks(5).map((tick) => (
              <line key={tick} x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          {stacked.years.map((year, i) => {
            const interactive = onSelectYear !== undefined;
            const selected = i === selectedIndex;
            const columnX = (x(year) ?? 0) - (x.step() - x.bandwidth()) / 2;
            return (
              <g
                key={year}
                ref={(node) => { columnRefs.current[i] = node; }}
                className={["chart-column", interactive && "chart-column--interactive", selected && "chart-column--selected", selectedIndex >= 0 && !selected && "chart-column--muted", active === i && "chart-column--active"].filter(Boolean).join(" ")}
                data-year={year}
                role={interactive ? "button" : undefined}
                tabIndex={interactive ? (i === tabStop ? 0 : -1) : undefined}
                aria-label={interactive ? describe(i) : undefined}
                aria-pressed={interactive && selectedYear !== undefined ? selected : undefined}
                onClick={interactive ? () => onSelectYear(year) : undefined}
                onKeyDown={interactive ? (event) => onKeyDown(event, i, year) : undefined}
                onMouseEnter={() => setActive(i)}
                onFocus={() => { setActive(i); setFocusIndex(i); }}
                onBlur={() => setActive(null)}
              >
                <rect className="chart-column__hit" x={columnX} y={margin.top} width={x.step()} height={plotBottom - margin.top} />
                {stacked.series.map((s, k) => {
                  const seg = s.segments[i];
                  if (!seg || seg.y1 <= seg.y0) return null;
                  return <rect key={s.key} className="chart-column__segment" data-key={s.key} x={x(year)} y={y(seg.y1)} width={x.bandwidth()} height={y(seg.y0) - y(seg.y1)} fill={legend[k]?.color} />;
                })}
              </g>
            );
          })}
          {lineLayout ? (
            <g className="chart-line" aria-hidden="true">
              <path className="chart-line__halo" d={lineLayout.path} />
              <path className="chart-line__path" d={lineLayout.path} />
              {lineLayout.points.filter((p) => p.isolated || stacked.years.length <= 30).map((p) => <circle key={p.year} cx={p.cx} cy={p.cy} r={2.5} />)}
            </g>
          ) : null}
          <g className="chart-axis" aria-hidden="true">
            <line x1={margin.left} x2={width - margin.right} y1={plotBottom} y2={plotBottom} />
            {stacked.tickYears.map((year) => (
              <text key={year} x={(x(year) ?? 0) + x.bandwidth() / 2} y={plotBottom + 6} dy="0.71em" textAnchor="middle">{year}</text>
            ))}
            {y.ticks(5).map((tick) => (
              <text key={tick} x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">{formatTick(tick)}</text>
            ))}
            {lineLayout?.y.ticks(5).map((tick) => (
              <text key={tick} className="chart-axis__line" x={width - margin.right + 6} y={lineLayout.y(tick)} dy="0.32em">{formatLineValue(tick)}</text>
            ))}
          </g>
        </svg>
        {activeYear !== undefined && active !== null ? (
          <ChartTooltip xPercent={(100 * activeCenter) / width} yPercent={(100 * margin.top) / height} placement={activeCenter < width * 0.55 ? "right" : "left"}>
            <p className="chart-tooltip__title">{activeYear}</p>
            <ul className="chart-tooltip__list">
              {stacked.series.map((s, k) => {
                const seg = s.segments[active];
                if (!seg || seg.y1 <= seg.y0) return null;
                return (
                  <li key={s.key}>
                    <span className="chart-swatch" style={{ background: legend[k]?.color }} aria-hidden="true" /> {legend[k]?.label} : {formatValue(seg.y1 - seg.y0)}
                  </li>
                );
              })}
            </ul>
            <p className="chart-tooltip__value">Total : {formatValue(stacked.totals[active]?.total ?? 0)}</p>
            {line && lineValue(activeYear) !== undefined ? <p>{line.label} : {formatLineValue(lineValue(activeYear) ?? 0)}</p> : null}
          </ChartTooltip>
        ) : null}
      </div>
      <YearLegend items={legend} line={line?.label} />
    </div>
  );
}
