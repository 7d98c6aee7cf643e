import { SWATCH_LABEL_GAP, type SwatchRows } from "@/lib/charts/legendLayout";

export interface SvgSwatchItem {
  key: string;
  label: string;
  color: string;
  /** Drawn as a short line (a line series), not a box. */
  line?: boolean;
}

export interface SvgSwatchLegendProps {
  /** The items laid out by `swatchRows` (which the caller needs anyway, for the height). */
  rows: SwatchRows<SvgSwatchItem>;
  swatch: { width: number; height: number; rx?: number; stroke: string; strokeOpacity?: number };
  fontSize: number;
  textColor: string;
  /** Top of the legend in the drawing. */
  y: number;
  className?: string;
}

/** `.chart-swatch--line`: a line series' swatch is longer than the boxes (1rem). */
const LINE_SWATCH_WIDTH = 16;

/** An SVG legend of colour swatches flowed into rows: the standalone twin of the page's HTML legends. */
export function SvgSwatchLegend({ rows, swatch, fontSize, textColor, y, className }: SvgSwatchLegendProps) {
  const middle = rows.lineHeight / 2;
  return (
    <g className={className} transform={`translate(0,${y})`} fontSize={fontSize}>
      {rows.placed.map(({ item, x, y: rowY }) => (
        <g key={item.key} data-key={item.key} transform={`translate(${x},${rowY})`}>
          {item.line ? (
            <rect y={middle - 1} width={LINE_SWATCH_WIDTH} height={2} fill={item.color} />
          ) : (
            <rect
              y={middle - swatch.height / 2}
              width={swatch.width}
              height={swatch.height}
              rx={swatch.rx}
              fill={item.color}
              stroke={swatch.stroke}
              strokeOpacity={swatch.strokeOpacity}
            />
          )}
          <text x={(item.line ? LINE_SWATCH_WIDTH : swatch.width) + SWATCH_LABEL_GAP} y={middle} dy="0.35em" fill={textColor}>{item.label}</text>
        </g>
      ))}
    </g>
  );
}
