import { geoMercator, geoPath } from "d3";
import { labelPoints } from "@/lib/map/boundaries";
import { compactPath } from "@/lib/map/compact-path";
import type { CountryCollection } from "@/lib/map/geometry";
import { type InitialFrame, frameViewBox } from "@/lib/map/map-view";
import { type MapMeasure, type MapMode, measureScale, measureValue } from "@/lib/map/measures";
import { BASE_COUNTRY_COLOR, CIRCLE_COLOR, CIRCLE_OPACITY, colorForValue, radiusScale } from "@/lib/map/scales";
import { MAP_STYLE, circleClass, countryClass } from "@/lib/map/style";
import { PREVIEW_DATA } from "./preview-data";
import type { CountryFigures } from "@/lib/query/engine";

export interface MapPreviewSvgProps {
  boundaries: CountryCollection;
  countries: CountryFigures[];
  measure: MapMeasure;
  mode: MapMode;
  selected: string[];
  frame: InitialFrame;
  /** The size the server assumes for the map's box; the browser frames it again to its real size. */
  width: number;
  height: number;
}

/**
 * The country map as the server draws it for the first paint, before Leaflet: the same shapes,
 * classes, colours, outlines and circles as the Leaflet map, in its projection (Leaflet's pixels at
 * a zoom `unit` = 2^z, in whole units: under a screen pixel) and framed as it will frame them (lib/map/map-view.ts).
 * Only the shapes near the view are drawn. Borders keep their width in screen pixels whatever the
 * scale (non-scaling strokes, map.css), circles get their pixel radius back from `data-r` once framed.
 */
export function MapPreviewSvg({ boundaries, countries, measure, mode, selected, frame, width, height }: MapPreviewSvgProps) {
  const { view, viewBox } = frameViewBox(frame, width, height, 1);
  const unit = 2 ** Math.max(2, Math.ceil(view.zoom));
  const projection = geoMercator().scale((256 * unit) / (2 * Math.PI)).translate([128 * unit, 128 * unit]);
  const path = geoPath(projection);
  // Shapes within half a view of the view (a wider box than the assumed one shows more at its sides):
  // a country page at zoom 5 draws its region only.
  const [x0, y0, w, h] = viewBox.map((v) => v * unit) as [number, number, number, number];
  const near = ([[left, top], [right, bottom]]: [[number, number], [number, number]]) =>
    right >= x0 - w / 2 && left <= x0 + 1.5 * w && bottom >= y0 - h / 2 && top <= y0 + 1.5 * h;

  const { scale, maxValue } = measureScale(countries, measure);
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const selectedSet = new Set(selected);
  const shapes = boundaries.features
    .filter((shape) => near(path.bounds(shape)))
    // Outlined countries last, so that their dark outline is not covered by the neighbours' white ones.
    .sort((a, b) => Number(selectedSet.has(a.id)) - Number(selectedSet.has(b.id)));
  const radius = radiusScale(maxValue);
  const points = mode === "circles" ? labelPoints(boundaries) : new Map<string, [number, number]>();
  const circles = countries
    .flatMap((country) => {
      const [lat, lon] = points.get(country.code) ?? [];
      const center = lat === undefined || lon === undefined ? null : projection([lon, lat]);
      const value = measureValue(country, measure);
      return center && value > 0 ? [{ country, center, value }] : [];
    })
    .sort((a, b) => b.value - a.value);
  const pxToUnits = unit / 2 ** view.zoom;
  const [[south, west], [north, east]] = frame.box;

  return (
    <svg
      className="map-preview-svg"
      viewBox={viewBox.map((v) => (v * unit).toFixed(1)).join(" ")}
      preserveAspectRatio="xMidYMid meet"
      overflow="visible"
      aria-hidden="true"
      focusable="false"
      {...{ [PREVIEW_DATA.box]: [south, west, north, east].join(","), [PREVIEW_DATA.unit]: unit }}
      {...(frame.fitMaxZoom === undefined ? {} : { [PREVIEW_DATA.fitMaxZoom]: frame.fitMaxZoom })}
    >
      {/* Borders on the group, not on each of 200 shapes (the drawing travels as HTML); map.css keeps
          them in screen pixels (vector-effect) as Leaflet draws them. */}
      <g stroke={MAP_STYLE.border.color} strokeWidth={MAP_STYLE.border.weight}>
      {shapes.map((shape) => {
        const d = compactPath(projection, shape);
        if (!d) return null;
        const figures = byCode.get(shape.id);
        const fill = mode === "circles" ? BASE_COUNTRY_COLOR : colorForValue(scale, figures && measureValue(figures, measure));
        const outline = selectedSet.has(shape.id) ? { stroke: MAP_STYLE.selected.color, strokeWidth: MAP_STYLE.selected.weight } : {};
        return <path key={shape.id} className={countryClass(shape.id)} d={d} fill={fill} {...outline} {...{ [PREVIEW_DATA.code]: shape.id, [PREVIEW_DATA.name]: shape.properties.name }} />;
      })}
      </g>
      {circles.map(({ country, center: [cx, cy], value }) => {
        const outline = selectedSet.has(country.code) ? MAP_STYLE.selected : MAP_STYLE.circleBorder;
        return (
          <circle
            key={country.code}
            className={circleClass(country.code)}
            cx={cx.toFixed(1)}
            cy={cy.toFixed(1)}
            r={(radius(value) * pxToUnits).toFixed(2)}
            fill={CIRCLE_COLOR}
            fillOpacity={CIRCLE_OPACITY}
            stroke={outline.color}
            strokeWidth={outline.weight}
            {...{ [PREVIEW_DATA.code]: country.code, [PREVIEW_DATA.name]: country.name, [PREVIEW_DATA.radius]: radius(value).toFixed(2) }}
          />
        );
      })}
    </svg>
  );
}
