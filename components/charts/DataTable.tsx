import type { ReactNode } from "react";
import { formatsOf } from "@/lib/format";
import type { Lang } from "@/lib/i18n/lang";
import { DsfrTable } from "../table/DsfrTable";

export interface DataTableColumn {
  key: string;
  label: string;
  /** Right-aligned; a number in this column is formatted as an integer ("12 700"). */
  numeric?: boolean;
}

export interface DataTableProps {
  caption: string;
  columns: DataTableColumn[];
  /** Cells keyed by column key: formatted strings, or numbers (formatted here when the column is numeric). */
  rows: Record<string, string | number>[];
  /** The total row, in the table's footer (so that it stays apart from the groups). */
  total?: Record<string, string | number>;
  /** An action after a cell's value (a "Détail" button): row index, or "total" for the total row, and the column's key. */
  cellAction?: (row: number | "total", column: string) => ReactNode;
  /** The language of the numbers it formats (default French). */
  lang?: Lang;
}

const cellIn = (lang: Lang) => (value: string | number | undefined, numeric: boolean): string =>
  value === undefined ? "" : typeof value === "number" && numeric ? formatsOf(lang).integer(value) : String(value);

/** The accessible table twin of a chart (DSFR `fr-table` markup, scrolls horizontally when narrow). */
export function DataTable({ caption, columns, rows, total, cellAction, lang = "fr" }: DataTableProps) {
  const cell = cellIn(lang);
  const cells = (row: Record<string, string | number>, index: number | "total") =>
    columns.map((column, c) =>
      c === 0 ? (
        <th key={column.key} scope="row">{cell(row[column.key], column.numeric === true)}</th>
      ) : (
        <td key={column.key} className={column.numeric ? "chart-table__numeric" : undefined}>
          {cell(row[column.key], column.numeric === true)}
          {cellAction?.(index, column.key)}
        </td>
      ),
    );
  return (
    <DsfrTable caption={caption} className="fr-table--sm chart-table" content={{ className: "chart-table__scroll" }}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? "chart-table__numeric" : undefined}>{column.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are formatted strings, redrawn whole with each answer: their position is their identity
          <tr key={i}>{cells(row, i)}</tr>
        ))}
      </tbody>
      {total ? (
        <tfoot>
          <tr className="chart-table__total">{cells(total, "total")}</tr>
        </tfoot>
      ) : null}
    </DsfrTable>
  );
}
