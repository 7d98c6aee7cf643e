import type { ReactNode } from "react";
import type { YearColumn } from "@/lib/dashboard/years";
import { formatsOf } from "@/lib/format";
import { type Lang, labelsOf } from "@/lib/labels";
import { DetailButton } from "./DetailButton";

/**
 * The year panel's "Détail" buttons: under each column (the whole year, as the chart prints it), and
 * in the table each category's cell (a segment of the year), the year's total and its active
 * partnerships (the line's number). A zero cell is no row of the answer: it gets none. A partial
 * year's dialog says it is (lib/charts/partial-year.ts): its figures are not a full year's.
 */
export function yearDetails(columns: readonly YearColumn[], line: readonly { year: number; value: number }[], lang: Lang = "fr") {
  const labels = labelsOf(lang);
  const { euros: formatEuros, eurosCompact: formatEurosCompact, integer: formatInteger } = formatsOf(lang);
  // After the whole label ("2026 · MEAE (année en cours, …)"), as the dialog's title says it.
  const partial = (year: number) => (columns.find((c) => c.year === year)?.partial ? ` (${labels.partialYear.mark})` : "");
  const column = (year: number, total: number): ReactNode => (
    <DetailButton iconOnly detail={{ source: "years", key: String(year) }} label={`${year}${partial(year)}`} value={formatEurosCompact(total)} />
  );
  const cell = (index: number | "total", key: string): ReactNode => {
    if (index === "total") return null;
    const year = columns[index];
    if (!year) return null;
    const label = String(year.year);
    const mark = partial(year.year);
    if (key === "total") {
      return year.total > 0 ? <DetailButton detail={{ source: "years", key: label }} label={`${label}${mark}`} value={formatEuros(year.total)} /> : null;
    }
    if (key === "active") {
      const active = line[index]?.value ?? 0;
      return active > 0 ? (
        <DetailButton detail={{ source: "activeYears", key: label }} label={`${label} · ${labels.columns.activePartnerships}${mark}`} value={formatInteger(active)} />
      ) : null;
    }
    const segment = year.segments.find((s) => s.key === key);
    if (!segment || segment.value <= 0) return null;
    return <DetailButton detail={{ source: "years", key: label, segment: segment.key }} label={`${label} · ${segment.label}${mark}`} value={formatEuros(segment.value)} />;
  };
  return { column, cell };
}
