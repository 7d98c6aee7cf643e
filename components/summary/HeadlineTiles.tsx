import { formatEurosCompact, formatInteger, formatPercent } from "@/lib/format";
import type { Summary } from "@/lib/summary";

export interface HeadlineTilesProps {
  summary: Summary;
}

/** The dataset's headline figures, each labelled so that screen readers read value and meaning together. */
export function HeadlineTiles({ summary }: HeadlineTilesProps) {
  const tiles = [
    { id: "partnerships", value: formatInteger(summary.partnerships), label: "partenariats" },
    { id: "french-authorities", value: formatInteger(summary.frenchAuthorities), label: "collectivités françaises" },
    { id: "foreign-partners", value: formatInteger(summary.foreignPartners), label: "partenaires étrangers" },
    { id: "countries", value: formatInteger(summary.countries), label: "pays partenaires" },
    {
      id: "funding",
      value: formatEurosCompact(summary.totalAmount),
      label: "de financements déclarés",
      note: `montants connus pour ${formatPercent(summary.coverage)} des partenariats`,
    },
  ];
  return (
    <ul className="tiles" aria-label="Chiffres clés">
      {tiles.map((tile) => (
        <li key={tile.id} className="tile" data-tile={tile.id}>
          <span className="tile-value">{tile.value}</span> <span className="tile-label">{tile.label}</span>
          {tile.note ? <span className="tile-note"> {tile.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
