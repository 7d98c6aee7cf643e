import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n/lang";
import { DsfrTable } from "../table/DsfrTable";
import { NotStated } from "./FicheField";

export interface FicheTableProps {
  /** The table's accessible name; hidden when a heading already shows it. */
  caption: string;
  showCaption?: boolean;
  headers: string[];
  /** One array of cells per row, one cell per header (keyed by it); the first cell is the row header. */
  rows: ReactNode[][];
  className?: string;
  lang?: Lang;
}

/** A small DSFR table of the fiche (partners, contacts, volunteers); "Non renseigné" when it has no row. */
export function FicheTable({ caption, showCaption = false, headers, rows, className, lang = "fr" }: FicheTableProps) {
  const notStated = <NotStated lang={lang} />;
  if (rows.length === 0) return <p>{notStated}</p>;
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
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows of one fiche's table, rendered on the server and never reordered; two rows can be equal, their position is their identity
          <tr key={r}>
            {headers.map((header, c) => (c === 0 ? <th key={header} scope="row">{cells[c] ?? notStated}</th> : <td key={header}>{cells[c] ?? notStated}</td>))}
          </tr>
        ))}
      </tbody>
    </DsfrTable>
  );
}
