import { formatsOf } from "@/lib/format";
import { type Lang, labelsOf } from "@/lib/labels";
import { TileDetail, type TileDetailProps } from "./TileDetail";

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
  /** The page's language (a server page passes it; default French). */
  lang?: Lang;
}

/** One tile: "<value> <label>", a note under it, and on the dashboard the "Détail" of its measure. */
export interface HeadlineTile {
  id: string;
  /** The measure its "Détail" lists (none for a figure no partnership list adds up to). */
  measure?: TileDetailProps["measure"];
  value: string;
  label: string;
  note?: string;
}

/**
 * The headline figures, each labelled so that screen readers read value and meaning together.
 * On the dashboard each has its "Détail" (TileDetail), after the figure so that the figure reads first.
 */
export function HeadlineTiles({ figures, dimmed, lang = "fr" }: HeadlineTilesProps) {
  const tilesFr = labelsOf(lang).tiles;
  const { labels } = tilesFr;
  const { integer: formatInteger, eurosCompact: formatEurosCompact, percent: formatPercent } = formatsOf(lang);
  const tiles: HeadlineTile[] = [
    { id: "partnerships", measure: "partnerships", value: formatInteger(figures.partnerships), label: labels.partnerships(figures.partnerships) },
    { id: "french-authorities", measure: "frenchAuthorities", value: formatInteger(figures.frenchAuthorities), label: labels.frenchAuthorities() },
    { id: "foreign-partners", measure: "foreignPartners", value: formatInteger(figures.foreignPartners), label: labels.foreignPartners() },
    { id: "countries", measure: "countries", value: formatInteger(figures.countries), label: tilesFr.countries },
    {
      id: "funding",
      measure: "amount",
      value: formatEurosCompact(figures.amount),
      label: labels.amount(),
      note: tilesFr.coverage(formatPercent(figures.coverageShare)),
    },
  ];
  return <TileList tiles={tiles} dimmed={dimmed} lang={lang} />;
}

/** Tiles as the dashboard and the profile pages show them. */
export function TileList({ tiles, dimmed, lang = "fr" }: { tiles: readonly HeadlineTile[]; dimmed?: boolean; lang?: Lang }) {
  return (
    <ul className={`tiles${dimmed ? " is-stale" : ""}`} aria-label={labelsOf(lang).tiles.list} aria-busy={dimmed || undefined}>
      {tiles.map((tile) => (
        <li key={tile.id} className="tile" data-tile={tile.id}>
          <span className="tile-value">{tile.value}</span> <span className="tile-label">{tile.label}</span>
          {tile.note ? <span className="tile-note"> {tile.note}</span> : null}
          {tile.measure ? <TileDetail measure={tile.measure} value={tile.value} label={tile.label} /> : null}
        </li>
      ))}
    </ul>
  );
}
