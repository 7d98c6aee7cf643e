import type { MouseEvent } from "react";
import { StandaloneFrame, type StandaloneText, frameInnerWidth } from "@/components/charts/StandaloneFrame";
import { CHART_STYLE } from "@/lib/charts/standalone-style";
import { wrapToWidth } from "@/lib/charts/wrap";
import type { FranceShape, FranceShapes } from "@/lib/geo/france-shapes";
import { type Lang, labelsOf } from "@/lib/labels";
import { mapLegendSvgLayout } from "@/lib/map/legendLayout";
import { type MapMeasure, formatMeasure, measureLabels, measureValue } from "@/lib/map/measures";
import { buildClassScale, colorForValue } from "@/lib/map/scales";
import { MAP_STYLE } from "@/lib/map/style";
import type { AreaFigures } from "@/lib/query/engine";
import type { FrenchAreaLevel } from "@/lib/query/params";
import { MapLegend } from "../map/MapLegend";

export interface FranceMapSvgProps {
  /** The projected shapes (public/geo/france.json, lib/geo/france-shapes.ts). */
  shapes: FranceShapes;
  level: FrenchAreaLevel;
  /** Areas with at least one partnership under the current filters. */
  areas: AreaFigures[];
  measure: MapMeasure;
  /** INSEE codes in the région or département filter: outlined. */
  selected?: string[];
  /** Accessible name of the map; the heading of a standalone document. */
  title: string;
  /** Width in px: of the map inline, of the whole document when standalone. Default 640. */
  width?: number;
  /** Render a standalone SVG document: title, caption, map, legend and source. */
  standalone?: StandaloneText;
  /** On the page: a click on an area (the table beside the map is the keyboard's way). */
  onSelect?: (code: string) => void;
  /** The language of its words and numbers (default French). */
  lang?: Lang;
}

const LEGEND_GAP = 12;
/** Inset names, in the drawing's units: two lines fit in INSET_LABEL_BAND. */
const INSET_FONT = 8;
/** A name may run into the gap between two frames. */
const INSET_NAME_OVERHANG = 6;

/** An inset's name on up to two lines, broken at spaces or after hyphens ("Saint-Pierre-" / "et-Miquelon"). */
export function insetNameLines(name: string, width: number): string[] {
  return wrapToWidth(name.replace(/-/g, "- "), width + INSET_NAME_OVERHANG, INSET_FONT)
    .map((line) => line.replace(/- /g, "-"))
    .slice(0, 2);
}

/** The legend's inputs for the France map: its classes, its notes, its base map's credit. */
export function franceLegend(shapes: FranceShapes, level: FrenchAreaLevel, areas: AreaFigures[], measure: MapMeasure, lang: Lang = "fr") {
  const text = labelsOf(lang).france;
  const values = areas.map((area) => measureValue(area, measure));
  return {
    measure,
    mode: "choropleth" as const,
    scale: buildClassScale(values),
    maxValue: Math.max(0, ...values),
    classesNote: measure === "amount" ? text.amountNote : text.countNote,
    source: shapes.source,
    title: text.legend(level, measure),
    lang,
  };
}

/**
 * The French side of the partnerships as plain SVG: régions or départements coloured by the
 * measure, overseas territories in their frames, the chosen areas outlined. The shapes come
 * projected (scripts/geo/make-france.ts), so nothing here needs d3-geo or a browser: the same
 * component draws the page's map and the exported file.
 */
export function FranceMapSvg({ shapes, level, areas, measure, selected = [], title, width = 640, standalone, onSelect, lang = "fr" }: FranceMapSvgProps) {
  const text = labelsOf(lang).france;
  const mapWidth = standalone ? frameInnerWidth(width) : width;
  const k = mapWidth / shapes.width;
  const height = shapes.height * k;
  const legend = franceLegend(shapes, level, areas, measure, lang);
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const chosen = new Set(selected);
  const drawn = level === "region" ? shapes.regions : shapes.departements;
  // Chosen areas last, so that their dark outline is not covered by the neighbours' white ones.
  const ordered = [...drawn].sort((a, b) => Number(chosen.has(a.code)) - Number(chosen.has(b.code)));
  const click = onSelect
    ? (event: MouseEvent<SVGPathElement>) => {
        const code = event.currentTarget.dataset.code;
        if (code) onSelect(code);
      }
    : undefined;
  const area = (shape: FranceShape) => {
    const figures = byCode.get(shape.code);
    const outline = chosen.has(shape.code) ? MAP_STYLE.selected : MAP_STYLE.border;
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the table beside the map is the keyboard's way to the same action (a hundred tab stops on shapes would not be)
      <path
        key={shape.code}
        className={`area area-${shape.code}${onSelect ? " is-clickable" : ""}`}
        data-code={shape.code}
        d={shape.d}
        fill={colorForValue(legend.scale, figures && measureValue(figures, measure))}
        stroke={outline.color}
        strokeWidth={outline.weight / k}
        strokeLinejoin="round"
        onClick={click}
      >
        <title>{text.describe(figures?.name ?? shape.name, measureLabels(lang)[measure], formatMeasure(measure, figures ? measureValue(figures, measure) : 0, lang))}</title>
      </path>
    );
  };
  const drawing = (
    <g className="france-svg">
      <g transform={`scale(${k})`}>
        {shapes.insets.map((inset) => (
          <g key={inset.name} className="france-inset">
            <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} fill={MAP_STYLE.ocean} stroke="#929292" strokeWidth={0.5 / k} />
            {/* The name under its frame, on up to two lines (the drawing keeps a band free for them). */}
            <text className="france-inset-name" fontSize={INSET_FONT} fill={CHART_STYLE.text}>
              {insetNameLines(inset.name, inset.width)
                .map((line, i) => (
                  <tspan key={line} x={inset.x} y={inset.y + inset.height + INSET_FONT * (i + 1.1)}>
                    {line}
                  </tspan>
                ))}
            </text>
          </g>
        ))}
        {ordered.map(area)}
        {level === "departement" ? (
          // The régions' borders over the départements: where a département lies is read at once.
          <g className="france-region-borders" fill="none" stroke="#3a3a3a" strokeWidth={0.8 / k} pointerEvents="none">
            {shapes.regions.map((region) => (
              <path key={region.code} d={region.d} />
            ))}
          </g>
        ) : null}
      </g>
    </g>
  );
  if (!standalone) {
    return (
      <svg className="france-svg-inline" viewBox={`0 0 ${mapWidth} ${height}`} width="100%" role="img" aria-label={title}>
        {drawing}
      </svg>
    );
  }
  const legendHeight = mapLegendSvgLayout(legend, mapWidth).height;
  return (
    <StandaloneFrame {...standalone} title={title} width={width} height={height + LEGEND_GAP + legendHeight} fontSize={14}>
      {drawing}
      <MapLegend {...legend} svg={{ width: mapWidth, y: height + LEGEND_GAP }} />
    </StandaloneFrame>
  );
}
