import { SvgSwatchLegend } from "@/components/charts/SvgSwatchLegend";
import { CHART_STYLE } from "@/lib/charts/standalone-style";
import {
  basemapSource, classesNotes, noDataLabel, type CircleLegendLayout, choroplethLegendItems, circleLegendLayout, circlesNote, legendTitle,
} from "@/lib/map/legend";
import { MAP_LEGEND_SIZES, type MapLegendInput, mapLegendSvgLayout } from "@/lib/map/legendLayout";
import { type MapMeasure, formatMeasureCompact } from "@/lib/map/measures";
import type { Lang } from "@/lib/i18n/lang";
import { CIRCLE_COLOR, CIRCLE_OPACITY, type ClassScale } from "@/lib/map/scales";
import { MAP_STYLE } from "@/lib/map/style";

export interface MapLegendProps extends MapLegendInput {
  /**
   * Draw the legend as SVG, `width` wide from `y` down, inside a standalone map (see MapSvg);
   * `mapLegendSvgLayout(props, width).height` is its height. Default: the page's HTML legend.
   */
  svg?: { width: number; y: number };
}

/** Legend of the map: classes with their colours (choropleth) or 2–3 reference circles (circles), plus the source. */
export function MapLegend(props: MapLegendProps) {
  const { measure, mode, scale, maxValue, svg, title, classesNote, source, lang = "fr" } = props;
  if (svg) return <SvgMapLegend {...props} svg={svg} />;
  return (
    <div className="map-legend">
      <p className="map-legend-title">{title ?? legendTitle(measure, lang)}</p>
      {mode === "choropleth" ? <ClassesLegend measure={measure} scale={scale} note={classesNote} lang={lang} /> : <CirclesLegend measure={measure} maxValue={maxValue} lang={lang} />}
      <p className="map-legend-source">{source ?? basemapSource(lang)}</p>
    </div>
  );
}

function ClassesLegend({ measure, scale, note, lang }: { measure: MapMeasure; scale: ClassScale; note?: string; lang: Lang }) {
  return (
    <>
      <ul className="map-legend-classes">
        {choroplethLegendItems(scale, measure, lang).map((item) => (
          <li key={item.key} className={`map-legend-item map-legend-item--${item.key}`}>
            <span className="map-legend-swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      {scale.classes.length > 0 ? <p className="map-legend-note">{note ?? classesNotes(lang)[measure]}</p> : null}
    </>
  );
}

function CirclesLegend({ measure, maxValue, lang }: { measure: MapMeasure; maxValue: number; lang: Lang }) {
  const layout = circleLegendLayout(maxValue);
  if (!layout) return <p className="map-legend-note">{noDataLabel(lang)}</p>;
  return (
    <>
      <svg className="map-legend-circles" viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} aria-hidden="true">
        <CircleMarks layout={layout} measure={measure} textColor="currentColor" lang={lang} />
      </svg>
      <p className="map-legend-note">{circlesNote(measure, layout.values, lang)}</p>
    </>
  );
}

/** The reference circles with their guides and labels, in the page's small SVG or the standalone map. */
function CircleMarks({ layout, measure, textColor, lang }: { layout: CircleLegendLayout; measure: MapMeasure; textColor: string; lang: Lang }) {
  const { cx, baseline, labelX } = layout;
  return layout.marks.map(({ value, r, top, labelY }) => (
    <g key={value}>
      <circle cx={cx} cy={baseline - r} r={r} fill={CIRCLE_COLOR} fillOpacity={CIRCLE_OPACITY / 2} stroke={CIRCLE_COLOR} />
      <polyline points={`${cx},${top} ${labelX - 10},${top} ${labelX - 4},${labelY}`} fill="none" stroke={MAP_STYLE.legendGuide} strokeDasharray="2 2" />
      <text x={labelX} y={labelY} dy="0.35em" fontSize="12" fill={textColor}>
        {formatMeasureCompact(measure, value, lang)}
      </text>
    </g>
  ));
}

/** The same legend as SVG, every colour an attribute, for a document without the page's CSS. */
function SvgMapLegend({ svg, ...input }: MapLegendProps & { svg: { width: number; y: number } }) {
  const layout = mapLegendSvgLayout(input, svg.width);
  const { title, note, item, swatch } = MAP_LEGEND_SIZES;
  return (
    <g className="map-legend" transform={`translate(0,${svg.y})`}>
      <text className="map-legend-title" y={layout.title.y + title.size} fontSize={title.size} fontWeight={700} fill={CHART_STYLE.text}>{layout.title.text}</text>
      {layout.classes ? (
        <SvgSwatchLegend
          className="map-legend-classes"
          rows={layout.classes.rows}
          y={layout.classes.y}
          fontSize={item.size}
          textColor={CHART_STYLE.text}
          swatch={{ ...swatch, stroke: MAP_STYLE.legendSwatchBorder }}
        />
      ) : null}
      {layout.circles ? (
        <g className="map-legend-circles" transform={`translate(0,${layout.circles.y})`}>
          <CircleMarks layout={layout.circles.layout} measure={input.measure} textColor={CHART_STYLE.text} lang={input.lang ?? "fr"} />
        </g>
      ) : null}
      {layout.notes.map(({ kind, lines, y }) => (
        <text key={kind} className={`map-legend-${kind}`} fontSize={note.size} fill={MAP_STYLE.legendNote}>
          {/* biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped note, in order */}
          {lines.map((line, i) => <tspan key={i} x={0} y={y + i * note.line + note.size}>{line}</tspan>)}
        </text>
      ))}
    </g>
  );
}
