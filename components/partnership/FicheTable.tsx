import type { ReactNode } from "react";
import { DsfrTable } from "../table/DsfrTable";
import { NotStated } from "./FicheField";

export interface FicheTableProps {
  /** The table's accessible name; hidden when a heading already shows it. */
  caption: string;
  showCaption?: boolean;
  headers: string[];
  /** One array of cells per row; the first cell is the row header. */
  rows: ReactNode[][];
  className?: string;
}

/** A small DSFR table of the fiche (partners, contacts, volunteers); "Non renseigné" when it has no row. */
export function FicheTable({ caption, showCaption = false, headers, rows, className }: FicheTableProps) {
  if (rows.length === 0) return <p><NotStated /></p>;
  return (
    <DsfrTable caption={caption} className={["fr-table--sm", showCaption ? null : "fr-table--no-caption", className].filter(Boolean).join(" ")}>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">{header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell ?? <NotStated />}</th> : <td key={c}>{cell ?? <NotStated />}</td>))}
          </tr>
        ))}
      </tbody>
    </DsfrTable>
  );
}
