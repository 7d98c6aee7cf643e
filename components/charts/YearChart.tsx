"use client";

import type { YearChartModel } from "@/lib/charts/yearModel";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { ChartTooltip } from "./ChartTooltip";
import { useActiveDatum } from "./useActiveDatum";
import { useChartWidth } from "./useChartWidth";
import { DEFAULT_YEAR_CHART_WIDTH, YEAR_FONT_SIZE, YearChartDocument, yearModelOf, type YearChartProps } from "./YearChartDocument";
import { YearDrawing } from "./YearDrawing";
import { YearLegend } from "./YearLegend";
import "./charts.css";

export type { YearChartProps };

/** The narrowest column, in px, under which a "Détail" button fits. */
const MIN_DETAIL_STEP = 26;

/** Amounts per year stacked by category (d3 stack), with an optional line on its own right axis. */
export function YearChart(pageProps: YearChartProps) {
  // The page's language, unless the caller names one.
  const props = { lang: useLang(), ...pageProps };
  const { line, title, formatValue, onSelectYear, detail, width: fallbackWidth = DEFAULT_YEAR_CHART_WIDTH, responsive = true, standalone } = props;
  const labels = useLabels();
  const text = labels.dashboard;
  const [wrapperRef, width] = useChartWidth<HTMLDivElement>(fallbackWidth, responsive && !standalone);
  const model = yearModelOf(props, width);
  const { stacked, height } = model;
  const { active, datumProps, onMouseLeave } = useActiveDatum<SVGGElement>({
    count: stacked.years.length,
    onSelect: onSelectYear && ((i) => { const year = stacked.years[i]; if (year !== undefined) onSelectYear(year); }),
    arrows: "horizontal",
    initialTabStop: model.selectedIndex,
  });

  if (standalone) return <YearChartDocument {...props} standalone={standalone} />;
  return (
    <div className="chart-year">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: leaving the chart with the mouse hides its tooltip; keyboard users close it with Escape or by moving the focus (useActiveDatum) */}
      <div ref={wrapperRef} className="chart-wrapper" onMouseLeave={onMouseLeave}>
        <svg className="chart-svg" viewBox={`0 0 ${width} ${height}`} role={onSelectYear ? "group" : "img"} aria-label={title} fontSize={YEAR_FONT_SIZE}>
          <YearDrawing model={model} active={active} datumProps={datumProps} />
        </svg>
        {active !== null ? <YearTooltip model={model} index={active} formatValue={formatValue} line={line} /> : null}
      </div>
      {detail && stacked.x.step() >= MIN_DETAIL_STEP ? (
        // Under each column, in % of the width like the tooltip; too narrow columns leave it to the table.
        <div className="chart-year-details">
          {stacked.years.map((year, i) => {
            const total = stacked.totals[i]?.total ?? 0;
            if (total <= 0) return null;
            const center = (stacked.x(year) ?? 0) + stacked.x.bandwidth() / 2;
            return (
              <div key={year} className="chart-year-details__slot" style={{ left: `${((100 * center) / stacked.width).toFixed(2)}%` }}>
                {detail(year, total)}
              </div>
            );
          })}
        </div>
      ) : null}
      <YearLegend items={model.legend} line={line?.label} partial={model.partialYears.length > 0 ? labels.partialYear.legend : undefined} text={text} />
    </div>
  );
}

interface YearTooltipProps extends Pick<YearChartProps, "formatValue" | "line"> {
  model: YearChartModel;
  index: number;
}

/** The active year's segments, total and line value, beside its column. */
function YearTooltip({ model, index, formatValue, line }: YearTooltipProps) {
  const { stacked, legend, margin, formatLineValue } = model;
  const labels = useLabels();
  const { pair } = labels.dashboard;
  const { total } = labels;
  const year = stacked.years[index];
  if (year === undefined) return null;
  const center = (stacked.x(year) ?? 0) + stacked.x.bandwidth() / 2;
  const lineValue = model.lineValue(year);
  return (
    <ChartTooltip xPercent={(100 * center) / stacked.width} yPercent={(100 * margin.top) / stacked.height} placement={center < stacked.width * 0.55 ? "right" : "left"}>
      <p className="chart-tooltip__title">{year}</p>
      <ul className="chart-tooltip__list">
        {stacked.series.map((s, k) => {
          const seg = s.segments[index];
          if (!seg || seg.y1 <= seg.y0) return null;
          return (
            <li key={s.key}>
              <span className="chart-swatch" style={{ background: legend[k]?.color }} aria-hidden="true" /> {pair(legend[k]?.label ?? s.key, formatValue(seg.y1 - seg.y0))}
            </li>
          );
        })}
      </ul>
      <p className="chart-tooltip__value">{pair(total, formatValue(stacked.totals[index]?.total ?? 0))}</p>
      {line && lineValue !== undefined ? <p>{pair(line.label, formatLineValue(lineValue))}</p> : null}
    </ChartTooltip>
  );
}
