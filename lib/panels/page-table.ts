import { formatEuros, formatInteger, formatRatio } from "../format";
import type { ExportCell, ExportTable, ValueKind } from "../export/types";

/** A cell as the page prints it: euros and counts in French format, nothing for an empty cell. */
export function formatCell(value: ExportCell | undefined, kind: ValueKind): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (kind === "ratio") return formatRatio(value);
  return kind === "euros" ? formatEuros(value) : kind === "integer" ? formatInteger(value) : String(value);
}

/** What the page's DataTable shows of a panel's table: the same rows and total, formatted. */
export function pageTable(caption: string, table: ExportTable) {
  const format = (row: Record<string, ExportCell>) => Object.fromEntries(table.columns.map((c) => [c.key, formatCell(row[c.key], c.kind)]));
  return {
    caption,
    columns: table.columns.map((c) => ({ key: c.key, label: c.label, numeric: c.kind !== "text" })),
    rows: table.rows.map(format),
    total: table.total ? format(table.total) : undefined,
  };
}
