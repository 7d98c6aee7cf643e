export interface YearLegendProps {
  items: { key: string; label: string; color: string }[];
  /** Label of the line series, if any. */
  line?: string;
}

/** HTML legend of a stacked chart: one swatch per category, then the line. */
export function YearLegend({ items, line }: YearLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Légende">
      {items.map((item) => (
        <li key={item.key} data-key={item.key}>
          <span className="chart-swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
      {line ? (
        <li>
          <span className="chart-swatch chart-swatch--line" aria-hidden="true" />
          {line} (axe de droite)
        </li>
      ) : null}
    </ul>
  );
}
