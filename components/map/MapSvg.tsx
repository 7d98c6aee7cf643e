import { StandaloneFrame, frameInnerWidth, type StandaloneText } from "@/components/charts/StandaloneFrame";
import { labelPoints } from "@/lib/map/boundaries";
import type { CountryCollection } from "@/lib/map/geometry";
import { mapLegendSvgLayout } from "@/lib/map/legendLayout";
import { type Lang, labelsOf } from "@/lib/labels";
import { type MapMeasure, type MapMode, formatMeasure, measureLabels, measureScale, measureValue } from "@/lib/map/measures";
import type { LatLngBox } from "@/lib/map/focus";
import { boxProjection, worldProjection } from "@/lib/map/projection";
import { BASE_COUNTRY_COLOR, CIRCLE_COLOR, CIRCLE_OPACITY, colorForValue, radiusScale } from "@/lib/map/scales";
import { MAP_STYLE, circleClass, countryClass } from "@/lib/map/style";
import type { CountryFigures } from "@/lib/query/engine";
import { MapLegend } from "./MapLegend";

export interface MapSvgProps {
  /** The shapes the Leaflet map draws (public/geo, see lib/map/boundaries). */
  boundaries: CountryCollection;
  /** Countries with at least one partnership under the current filters. */
  countries: CountryFigures[];
  measure: MapMeasure;
  mode: MapMode;
  /** ISO codes in the country filter: outlined, as on the Leaflet map. */
  selected?: string[];
  /** Accessible name of the map (e.g. `describeMap(…)`); the heading of a standalone document. */
  title: string;
  /** Width in px: of the map inline, of the whole document when standalone. Default 800. */
  width?: number;
  /** Render a standalone SVG document: title, caption, map, legend and source. */
  standalone?: StandaloneText;
  /** The language of its words and numbers (default French). */
  lang?: Lang;
  /** The box to frame (lib/map/framing.ts, as the Leaflet map fits it); the whole world without it. */
  box?: LatLngBox;
}

const LEGEND_GAP = 12;

/**
 * The partner-country map as plain SVG, computed by d3-geo and drawn by React: the same shapes,
 * classes, colours and circle sizes as the Leaflet map (CountryMapLeaflet), in its Mercator
 * projection at a fixed size. Inline it is the map alone (the page has its HTML legend); with
 * `standalone` it is a document with its legend. Nothing in it needs a browser.
 */
export function MapSvg({ boundaries, countries, measure, mode, selected = [], title, width = 800, standalone, lang = "fr", box }: MapSvgProps) {
  const mapWidth = standalone ? frameInnerWidth(width) : width;
  const { path, projection, height } = box ? boxProjection(mapWidth, box) : worldProjection(mapWidth);
  const inFrame = ([x, y]: [number, number]) => x >= 0 && x <= mapWidth && y >= 0 && y <= height;
  const { scale, maxValue } = measureScale(countries, measure);
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const selectedSet = new Set(selected);
  const describe = (country: CountryFigures) =>
    `${country.name} — ${labelsOf(lang).dashboard.pair(measureLabels(lang)[measure], formatMeasure(measure, measureValue(country, measure), lang))}`;

  // Outlined countries last, so that their dark outline is not covered by the neighbours' white ones.
  const shapes = [...boundaries.features].sort((a, b) => Number(selectedSet.has(a.id)) - Number(selectedSet.has(b.id)));
  const radius = radiusScale(maxValue);
  const points = mode === "circles" ? labelPoints(boundaries) : new Map<string, [number, number]>();
  const circles = countries
    .flatMap((country) => {
      const [lat, lon] = points.get(country.code) ?? [];
      const center = lat === undefined || lon === undefined ? null : projection([lon, lat]);
      const value = measureValue(country, measure);
      // A framed map leaves out the circles of countries outside its frame.
      return center && inFrame(center) && value > 0 ? [{ country, center, value }] : [];
    })
    .sort((a, b) => b.value - a.value); // small circles over large ones, as on the Leaflet map

  // Framed, the drawing is its own viewport: a nested <svg> clips the circles at the frame's edge
  // (the shapes are clipped by the projection) without an id that two maps on a page could share.
  const Frame = box ? "svg" : "g";
  const drawing = (
    <Frame className="map-svg" {...(box ? { width: mapWidth, height, viewBox: `0 0 ${mapWidth} ${height}` } : {})}>
      <rect className="map-svg-ocean" width={mapWidth} height={height} fill={MAP_STYLE.ocean} />
      {shapes.map((shape) => {
        const d = path(shape);
        if (!d) return null;
        const figures = byCode.get(shape.id);
        const fill = mode === "circles" ? BASE_COUNTRY_COLOR : colorForValue(scale, figures && measureValue(figures, measure));
        const outline = selectedSet.has(shape.id) ? MAP_STYLE.selected : MAP_STYLE.border;
        return (
          <path key={shape.id} className={countryClass(shape.id)} d={d} fill={fill} stroke={outline.color} strokeWidth={outline.weight} strokeLinejoin="round">
            {figures ? <title>{describe(figures)}</title> : null}
          </path>
        );
      })}
      {circles.map(({ country, center: [cx, cy], value }) => {
        const outline = selectedSet.has(country.code) ? MAP_STYLE.selected : MAP_STYLE.circleBorder;
        return (
          <circle
            key={country.code}
            className={circleClass(country.code)}
            cx={cx}
            cy={cy}
            r={radius(value)}
            fill={CIRCLE_COLOR}
            fillOpacity={CIRCLE_OPACITY}
            stroke={outline.color}
            strokeWidth={outline.weight}
          >
            <title>{describe(country)}</title>
          </circle>
        );
      })}
    </Frame>
  );

  if (!standalone) {
    return (
      <svg className="map-svg-inline" viewBox={`0 0 ${mapWidth} ${height}`} width={mapWidth} height={height} role="img" aria-label={title}>
        {drawing}
      </svg>
    );
  }
  const legend = { measure, mode, scale, maxValue, lang };
  const legendHeight = mapLegendSvgLayout(legend, mapWidth).height;
  return (
    <StandaloneFrame {...standalone} title={title} width={width} height={height + LEGEND_GAP + legendHeight} fontSize={14}>
      {drawing}
      <MapLegend {...legend} svg={{ width: mapWidth, y: height + LEGEND_GAP }} />
    </StandaloneFrame>
  );
}
