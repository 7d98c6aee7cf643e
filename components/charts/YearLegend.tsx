import type { Labels } from "@/lib/labels";

export interface YearLegendProps {
  items: { key: string; label: string; color: string }[];
  /** Label of the line series, if any. */
  line?: string;
  /** When some years are partial (lib/charts/partial-year.ts): a hatched swatch with this label says what hatches mean. */
  partial?: string;
  /** The dashboard's words in the page's language. */
  text: Labels["dashboard"];
}

/** HTML legend of a stacked chart: one swatch per category, then the line, then the partial years' hatch. */
export function YearLegend({ items, line, partial, text }: YearLegendProps) {
  return (
    <ul className="chart-legend" aria-label={text.charts.legend}>
      {items.map((item) => (
        <li key={item.key} data-key={item.key}>
          <span className="chart-swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
      {line ? (
        <li>
          <span className="chart-swatch chart-swatch--line" aria-hidden="true" />
          {text.charts.rightAxis(line)}
        </li>
      ) : null}
      {partial ? (
        <li className="chart-legend__partial">
          <span className="chart-swatch chart-swatch--partial" aria-hidden="true" />
          {partial}
        </li>
      ) : null}
    </ul>
  );
}
