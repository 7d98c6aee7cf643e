import { formatsOf } from "../format";
import type { Lang } from "../i18n/lang";
import type { ExportCell, ExportTable, ValueKind } from "../export/types";

/** A cell as the page prints it: euros and counts in the language's format, nothing for an empty cell. */
export function formatCell(value: ExportCell | undefined, kind: ValueKind, lang: Lang = "fr"): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  const f = formatsOf(lang);
  if (kind === "ratio") return f.ratio(value);
  return kind === "euros" ? f.euros(value) : kind === "integer" ? f.integer(value) : String(value);
}

/** What the page's DataTable shows of a panel's table: the same rows and total, formatted. */
export function pageTable(caption: string, table: ExportTable, lang: Lang = "fr") {
  const format = (row: Record<string, ExportCell>) => Object.fromEntries(table.columns.map((c) => [c.key, formatCell(row[c.key], c.kind, lang)]));
  return {
    caption,
    columns: table.columns.map((c) => ({ key: c.key, label: c.label, numeric: c.kind !== "text" })),
    rows: table.rows.map(format),
    total: table.total ? format(table.total) : undefined,
  };
}
