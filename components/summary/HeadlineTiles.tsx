import { formatEurosCompact, formatInteger, formatPercent } from "@/lib/format";

export interface HeadlineFigures {
  partnerships: number;
  frenchAuthorities: number;
  foreignPartners: number;
  countries: number;
  /** Declared funding, in euros. */
  amount: number;
  /** Share of the partnerships that declare any funding. */
  coverageShare: number;
}

export interface HeadlineTilesProps {
  figures: HeadlineFigures;
  dimmed?: boolean;
}

/** The headline figures, each labelled so that screen readers read value and meaning together. */
export function HeadlineTiles({ figures, dimmed }: HeadlineTilesProps) {
  const tiles = [
    { id: "partnerships", value: formatInteger(figures.partnerships), label: figures.partnerships > 1 ? "partenariats" : "partenariat" },
    { id: "french-authorities", value: formatInteger(figures.frenchAuthorities), label: "collectivités françaises" },
    { id: "foreign-partners", value: formatInteger(figures.foreignPartners), label: "partenaires étrangers" },
    { id: "countries", value: formatInteger(figures.countries), label: "pays partenaires" },
    {
      id: "funding",
      value: formatEurosCompact(figures.amount),
      label: "de financements déclarés",
      note: `montants connus pour ${formatPercent(figures.coverageShare)} des partenariats`,
    },
  ];
  return (
    <ul className={`tiles${dimmed ? " is-stale" : ""}`} aria-label="Chiffres clés" aria-busy={dimmed || undefined}>
      {tiles.map((tile) => (
        <li key={tile.id} className="tile" data-tile={tile.id}>
          <span className="tile-value">{tile.value}</span> <span className="tile-label">{tile.label}</span>
          {tile.note ? <span className="tile-note"> {tile.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
