import type { ReactNode } from "react";
import type { DetailSource } from "@/lib/detail/state";
import type { AggregateRow } from "@/lib/query/aggregate";
import { DetailButton } from "./DetailButton";

/**
 * The "Détail" buttons of a breakdown panel: one beside each bar, one in the value cell of each
 * table row (the table lists the answer's rows in order, "Autres" included, whose key is "others").
 */
export function breakdownDetails(source: DetailSource, rows: readonly AggregateRow[], format: (value: number) => string) {
  const button = (row: AggregateRow): ReactNode => (
    <DetailButton detail={{ source, key: String(row.key) }} label={row.label} value={format(row.value)} />
  );
  return {
    bar: button,
    cell: (index: number | "total", column: string): ReactNode => {
      if (index === "total" || column !== "value") return null;
      const row = rows[index];
      return row ? button(row) : null;
    },
  };
}
