import { choroplethLegendItems } from "@/lib/map/legend";
import { MEASURE_LABELS, type MapMeasure, type MapMode, formatMeasureCompact } from "@/lib/map/measures";
import { CIRCLE_COLOR, CIRCLE_OPACITY, type ClassScale, MAX_RADIUS, radiusScale, referenceValues } from "@/lib/map/scales";

export interface MapLegendProps {
  measure: MapMeasure;
  mode: MapMode;
  /** The scale the map uses (computed once by CountryMap). */
  scale: ClassScale;
  /** Largest value shown, for the reference circles. */
  maxValue: number;
}

const NOTES: Record<MapMeasure, string> = {
  partnerships: "Classes arrondies (quantiles), bornes incluses.",
  frenchAuthorities: "Classes arrondies (quantiles), bornes incluses.",
  amount:
    "Classes arrondies (quantiles), borne haute incluse. « 0 € » : pays dont aucun partenariat n'a de montant déclaré, distinct de « Aucune donnée » (aucun partenariat).",
};

/** Legend of the map: classes with their colours (choropleth) or 2–3 reference circles (circles), plus the source. */
export function MapLegend({ measure, mode, scale, maxValue }: MapLegendProps) {
  const title = `${MEASURE_LABELS[measure]} par pays`;
  return (
    <div className="map-legend">
      <p className="map-legend-title">{title}</p>
      {mode === "choropleth" ? <ClassesLegend measure={measure} scale={scale} /> : <CirclesLegend measure={measure} maxValue={maxValue} />}
      <p className="map-legend-source">Fond de carte : Natural Earth (domaine public), via world-atlas.</p>
    </div>
  );
}

function ClassesLegend({ measure, scale }: { measure: MapMeasure; scale: ClassScale }) {
  return (
    <>
      <ul className="map-legend-classes">
        {choroplethLegendItems(scale, measure).map((item) => (
          <li key={item.key} className={`map-legend-item map-legend-item--${item.key}`}>
            <span className="map-legend-swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      {scale.classes.length > 0 ? <p className="map-legend-note">{NOTES[measure]}</p> : null}
    </>
  );
}

const LABEL_GAP = 14;

// Reference circles are drawn with the map's own radius scale, nested on a common baseline; each
// label sits at its circle's top, pushed down when the small circles' tops are too close.
function CirclesLegend({ measure, maxValue }: { measure: MapMeasure; maxValue: number }) {
  const values = referenceValues(maxValue);
  if (values.length === 0) return <p className="map-legend-note">Aucune donnée</p>;
  const radius = radiusScale(maxValue);
  const cx = MAX_RADIUS + 2;
  const baseline = 2 * MAX_RADIUS + 4;
  const labelX = 2 * MAX_RADIUS + 24;
  const marks: { value: number; r: number; top: number; labelY: number }[] = [];
  for (const value of values) {
    const r = radius(value);
    const top = baseline - 2 * r;
    const previous = marks[marks.length - 1];
    marks.push({ value, r, top, labelY: Math.max(top, previous ? previous.labelY + LABEL_GAP : 6) });
  }
  const height = Math.max(baseline + 2, marks[marks.length - 1]!.labelY + 8);
  const width = labelX + 72;
  return (
    <>
      <svg className="map-legend-circles" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
        {marks.map(({ value, r, top, labelY }) => (
          <g key={value}>
            <circle cx={cx} cy={baseline - r} r={r} fill={CIRCLE_COLOR} fillOpacity={CIRCLE_OPACITY / 2} stroke={CIRCLE_COLOR} />
            <polyline points={`${cx},${top} ${labelX - 10},${top} ${labelX - 4},${labelY}`} fill="none" stroke="#666" strokeDasharray="2 2" />
            <text x={labelX} y={labelY} dy="0.35em" fontSize="12" fill="currentColor">
              {formatMeasureCompact(measure, value)}
            </text>
          </g>
        ))}
      </svg>
      <p className="map-legend-note">
        Surface des cercles proportionnelle à la valeur (repères : {values.map((value) => formatMeasureCompact(measure, value)).join(" ; ")}).
        Pays sans cercle : aucune donnée.
      </p>
    </>
  );
}
