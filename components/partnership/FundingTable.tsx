import { NONE_KEY } from "@/lib/keys";
import { formatsOf } from "@/lib/format";
import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { FundingMatrix } from "@/lib/partnership/funding-matrix";
import { FINANCER_CATEGORY_COLORS } from "@/lib/scales";
import { DsfrTable } from "../table/DsfrTable";

export interface FundingTableProps {
  matrix: FundingMatrix;
  lang?: Lang;
}

/** A year column's key, for its header and its cells (whose index is the column's). */
const yearKey = (year: number | null | undefined) => year ?? NONE_KEY;

/**
 * "Financement du partenariat" as a financer × year table, totals per financer (last column), per
 * year (last row) and overall; the 1 % Eau amounts get their own column and row, only when stated.
 */
export function FundingTable({ matrix, lang = "fr" }: FundingTableProps) {
  const { years, financers, yearTotals, total, oudin } = matrix;
  const labels = labelsOf(lang);
  const { sections, headers } = labels.pages.fiche;
  const OUDIN_LABEL = labels.measures.oudinAmount;
  const formatEuros = formatsOf(lang).euros;
  const euros = (amount: number | null) => (amount === null ? "—" : formatEuros(amount));
  return (
    <DsfrTable caption={sections.funding} className="fr-table--sm fr-table--no-caption funding-table">
      <thead>
        <tr>
          <th scope="col">{headers.financer}</th>
          <th scope="col">{headers.category}</th>
          {years.map((year) => (
            <th key={yearKey(year)} scope="col" className="fiche-numeric">{year ?? headers.noYear}</th>
          ))}
          <th scope="col" className="fiche-numeric">{headers.total}</th>
          {oudin ? <th scope="col" className="fiche-numeric">{OUDIN_LABEL}</th> : null}
        </tr>
      </thead>
      <tbody>
        {financers.map((line) => (
          <tr key={line.financer}>
            <th scope="row">{line.financer}</th>
            <td>
              <span className="funding-swatch" style={{ background: FINANCER_CATEGORY_COLORS[line.category] }} aria-hidden="true" />
              {labels.financerCategories[line.category]}
            </td>
            {line.amounts.map((amount, i) => (
              <td key={yearKey(years[i])} className="fiche-numeric">{euros(amount)}</td>
            ))}
            <td className="fiche-numeric">{formatEuros(line.total)}</td>
            {oudin ? <td className="fiche-numeric">{euros(line.oudin)}</td> : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>{headers.total}</th>
          {yearTotals.map((amount, i) => (
            <td key={yearKey(years[i])} className="fiche-numeric">{formatEuros(amount)}</td>
          ))}
          <td className="fiche-numeric">{formatEuros(total)}</td>
          {oudin ? <td className="fiche-numeric">{formatEuros(oudin.total)}</td> : null}
        </tr>
        {oudin ? (
          <tr>
            <th scope="row" colSpan={2}>{OUDIN_LABEL}</th>
            {oudin.byYear.map((amount, i) => (
              <td key={yearKey(years[i])} className="fiche-numeric">{euros(amount)}</td>
            ))}
            <td className="fiche-numeric">{formatEuros(oudin.total)}</td>
            <td />
          </tr>
        ) : null}
      </tfoot>
    </DsfrTable>
  );
}
