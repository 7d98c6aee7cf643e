import type { ChartStyle } from "@/lib/charts/standalone-style";
import type { YearChartModel } from "@/lib/charts/yearModel";
import { ChartAxis } from "./ChartAxis";
import { ChartGrid } from "./ChartGrid";
import type { ActiveDatum } from "./useActiveDatum";

export interface YearDrawingProps {
  model: YearChartModel;
  /** On the page: the active column and its interaction props (see useActiveDatum). */
  active?: number | null;
  datumProps?: ActiveDatum<SVGGElement>["datumProps"];
  /** In a standalone document: the paint written as attributes. */
  paint?: ChartStyle;
}

/** The year chart's grid, columns, line and axes, inside the page's SVG or a standalone document. */
export function YearDrawing({ model, active, datumProps, paint }: YearDrawingProps) {
  const { stacked, lineLayout, legend, margin, selectedIndex, selectedYear, formatTick, formatLineValue } = model;
  const { x, y, width, height } = stacked;
  const interactive = model.interactive && datumProps !== undefined;
  const plotBottom = height - margin.bottom;
  const valueTicks = y.ticks(5);

  const column = (year: number, i: number) => {
    const selected = i === selectedIndex;
    const muted = selectedIndex >= 0 && !selected;
    const columnX = (x(year) ?? 0) - (x.step() - x.bandwidth()) / 2;
    const partial = model.isPartial(year);
    const className = [
      "chart-column",
      interactive && "chart-column--interactive",
      selected && "chart-column--selected",
      muted && "chart-column--muted",
      active === i && "chart-column--active",
      partial && "chart-column--partial",
    ]
      .filter(Boolean)
      .join(" ");
    return (
      // biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-pressed is set only with role="button" (interactive), which Biome cannot see through the condition
      <g
        key={year}
        className={className}
        data-year={year}
        data-partial={partial || undefined}
        role={interactive ? "button" : undefined}
        {...datumProps?.(i, interactive)}
        aria-label={interactive ? model.describe(i) : undefined}
        aria-pressed={interactive && selectedYear !== undefined ? selected : undefined}
      >
        {paint && !selected ? null : (
          <rect className="chart-column__hit" x={columnX} y={margin.top} width={x.step()} height={plotBottom - margin.top} fill={paint?.selectedColumn} />
        )}
        {stacked.series.map((s, k) => {
          const seg = s.segments[i];
          if (!seg || seg.y1 <= seg.y0) return null;
          return (
            <rect
              key={s.key}
              className="chart-column__segment"
              data-key={s.key}
              x={x(year)}
              y={y(seg.y1)}
              width={x.bandwidth()}
              height={y(seg.y0) - y(seg.y1)}
              fill={partial ? hatchFill(legend[k]?.color) : legend[k]?.color}
              stroke={paint?.segmentStroke}
              strokeWidth={paint?.segmentStrokeWidth}
              opacity={paint && muted ? paint.mutedOpacity : undefined}
            />
          );
        })}
      </g>
    );
  };

  const round = { fill: paint && "none", strokeLinejoin: paint && ("round" as const) };
  return (
    <>
      {model.partialYears.length > 0 ? <HatchPatterns colors={legend.map((item) => item.color)} /> : null}
      <ChartGrid orient="horizontal" positions={valueTicks.map((tick) => y(tick))} from={margin.left} to={width - margin.right} paint={paint} />
      {stacked.years.map(column)}
      {lineLayout ? (
        <g className="chart-line" aria-hidden="true">
          <path className="chart-line__halo" d={lineLayout.path} {...round} stroke={paint?.lineHalo} strokeWidth={paint?.lineHaloWidth} />
          <path className="chart-line__path" d={lineLayout.path} {...round} stroke={paint?.line} strokeWidth={paint?.lineWidth} />
          {lineLayout.partialPath ? (
            <>
              <path className="chart-line__halo" d={lineLayout.partialPath} {...round} stroke={paint?.lineHalo} strokeWidth={paint?.lineHaloWidth} />
              <path className="chart-line__path chart-line__path--partial" d={lineLayout.partialPath} {...round} stroke={paint?.line} strokeWidth={paint?.lineWidth} strokeDasharray={PARTIAL_DASH} />
            </>
          ) : null}
          {lineLayout.points.filter((p) => p.isolated || stacked.years.length <= 30).map((p) => (
            <circle key={p.year} cx={p.cx} cy={p.cy} r={2.5} fill={paint?.line} stroke={paint?.lineHalo} strokeWidth={paint && 1} />
          ))}
        </g>
      ) : null}
      <ChartAxis
        orient="bottom"
        ticks={stacked.tickYears.map((year) => ({ value: year, position: (x(year) ?? 0) + x.bandwidth() / 2, label: String(year) }))}
        offset={plotBottom}
        domain={[margin.left, width - margin.right]}
        paint={paint}
      />
      <ChartAxis orient="left" ticks={valueTicks.map((tick) => ({ value: tick, position: y(tick), label: formatTick(tick) }))} offset={margin.left} paint={paint} />
      {lineLayout ? (
        <ChartAxis
          orient="right"
          lineSeries
          ticks={lineLayout.y.ticks(5).map((tick) => ({ value: tick, position: lineLayout.y(tick), label: formatLineValue(tick) }))}
          offset={width - margin.right}
          paint={paint}
        />
      ) : null}
    </>
  );
}

/** The dashes of the line over the partial years (an attribute: the page and the files draw them alike). */
const PARTIAL_DASH = "4 3";
/** Side of a hatch's tile, in SVG units: a stripe of the colour, a stripe of it lightened. */
const HATCH = 6;

/**
 * A colour's hatch, named for the colour: two charts in one page may both define it, and whichever
 * definition url() finds draws the same. (No useId: the files' renderer takes no hooks, lib/export/markup.ts.)
 */
const hatchId = (color = "") => `year-hatch-${color.replace(/\W/g, "")}`;
export const hatchFill = (color?: string) => `url(#${hatchId(color)})`;

/**
 * The partial years' fill: each colour's diagonal stripes over the same colour, lighter, so that
 * a category keeps its hue and the column reads as another kind (not another category). Inside
 * the chart's own <defs>, as attributes: the standalone SVG and PNG draw it the same.
 */
export function HatchPatterns({ colors }: { colors: readonly (string | undefined)[] }) {
  return (
    <defs>
      {[...new Set(colors)].map((color) => (
        <pattern key={color} id={hatchId(color)} className="chart-hatch" patternUnits="userSpaceOnUse" width={HATCH} height={HATCH} patternTransform="rotate(45)">
          <rect width={HATCH} height={HATCH} fill={color} fillOpacity={0.35} />
          <rect width={HATCH / 2} height={HATCH} fill={color} />
        </pattern>
      ))}
    </defs>
  );
}
