import Link from "next/link";
import type { ExplainBody } from "@/lib/api/responses";
import { formatsOf } from "@/lib/format";
import { useLang } from "@/lib/i18n/LangContext";
import { type Lang, LOCALES, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { FinancerCategory } from "@/lib/model";
import { DsfrTable } from "../table/DsfrTable";

// A share such as 1/3 must read as such, not rounded to "33 %".
const SHARES = { fr: new Intl.NumberFormat(LOCALES.fr, { style: "percent", maximumFractionDigits: 1 }), en: new Intl.NumberFormat(LOCALES.en, { style: "percent", maximumFractionDigits: 1 }) };

/** A value as the panel that was clicked prints it: amounts compact ("12,4 M€"), counts whole. */
export const formatClicked = (body: Pick<ExplainBody, "unit" | "value">, lang: Lang = "fr"): string =>
  body.unit === "euros" ? formatsOf(lang).eurosCompact(body.value) : formatsOf(lang).integer(body.value);

const exactIn = (lang: Lang) => (body: Pick<ExplainBody, "unit">, value: number): string =>
  body.unit === "euros" ? formatsOf(lang).euros(value) : formatsOf(lang).integer(value);

/** The number's name: the row's label, and the segment's (as the chart's legend names it) for a segment of a stacked column. */
export function detailLabel(body: Pick<ExplainBody, "label" | "segment">, lang: Lang = "fr"): string {
  if (body.segment === null) return body.label;
  const categories: Record<string, string> = labelsOf(lang).financerCategoriesShort;
  return `${body.label} · ${categories[body.segment as FinancerCategory] ?? body.segment}`;
}

export interface DetailContentProps {
  body: ExplainBody;
  /** The CSV of every row, with the same parameters. */
  csvHref: string | null;
  onPage: (page: number) => void;
}

/**
 * What the detail panel shows of one /api/explain answer: the sum stated equal to the number, the
 * page of partnerships with their contributions (and for amounts their funding rows), the pages,
 * the notes and the CSV. Every figure is the answer's; the page only formats them.
 */
export function DetailContent({ body, csvHref, onPage }: DetailContentProps) {
  const lang = useLang();
  const detailFr = labelsOf(lang).detail;
  const { integer: formatInteger, euros: formatEuros } = formatsOf(lang);
  const exact = exactIn(lang);
  const share = SHARES[lang];
  const isAmount = body.unit === "euros";
  // The equality is stated on what the reader sees: the two figures printed alike.
  const equal = exact(body, body.sum) === exact(body, body.value);
  const first = (body.page - 1) * body.pageSize + 1;
  const last = Math.min(body.total, body.page * body.pageSize);
  return (
    <>
      <p className="fr-text--lg fr-text--bold fr-mb-1w detail-total" data-sum={body.sum} data-value={body.value}>
        {body.by === null ? detailFr.totalTile(exact(body, body.sum), equal) : isAmount ? detailFr.totalAmount(exact(body, body.sum), equal) : detailFr.total(exact(body, body.sum), equal)}
      </p>
      <p className="fr-text--sm fr-mb-2w">{detailFr.count(formatInteger(body.total))}</p>
      {csvHref ? (
        <p className="fr-mb-2w">
          <a className="fr-link fr-link--download" href={csvHref} download>
            {detailFr.csv} <span className="fr-link__detail">{detailFr.csvDetail}</span>
          </a>
        </p>
      ) : null}
      {body.rows.length === 0 ? (
        <p>{detailFr.empty}</p>
      ) : (
        <DsfrTable caption={detailFr.caption(formatInteger(first), formatInteger(last), formatInteger(body.total))} className="fr-table--sm detail-table">
          <thead>
            <tr>
              <th scope="col">{detailFr.columns.title}</th>
              <th scope="col">{detailFr.columns.startYear}</th>
              <th scope="col">{detailFr.columns.countries}</th>
              {isAmount ? <th scope="col">{detailFr.columns.funding}</th> : null}
              {body.attribution ? <th scope="col">{detailFr.columns.counted}</th> : null}
              <th scope="col" className="chart-table__numeric">{detailFr.columns.contribution}</th>
            </tr>
          </thead>
          <tbody>
            {body.rows.map((row) => (
              <tr key={row.id} data-partnership={row.id}>
                <th scope="row">
                  <Link prefetch={false} href={withLang(row.href, lang)}>{row.title}</Link>
                </th>
                <td>{row.startYear ?? ""}</td>
                <td>{row.countries.map((country) => country.name).join(", ")}</td>
                {isAmount ? (
                  <td>
                    <ul className="detail-funding">
                      {(row.funding ?? []).map((funding, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a partnership's funding rows, in the answer's order, redrawn whole
                        <li key={i}>
                          {detailFr.funding(funding.financer, funding.year === null ? detailFr.unknownYear : String(funding.year), formatEuros(funding.amount), share.format(funding.share))}
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : null}
                {body.attribution ? (
                  <td>
                    {(row.counted ?? []).map((member) => member.label).join(", ")}
                    {row.notCounted && row.notCounted.length > 0 ? (
                      <span className="fr-text--xs detail-not-counted"> ({detailFr.alreadyCounted(row.notCounted.map((member) => member.label).join(", "))})</span>
                    ) : null}
                  </td>
                ) : null}
                <td className="chart-table__numeric">{exact(body, row.contribution)}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
      {body.pageCount > 1 ? <DetailPages page={body.page} pageCount={body.pageCount} onPage={onPage} /> : null}
      {body.notes.length > 0 ? (
        <>
          <h2 className="fr-h6 fr-mt-3w fr-mb-1w">{detailFr.notes}</h2>
          <ul className="fr-text--sm">
            {body.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function DetailPages({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  const lang = useLang();
  const detailFr = labelsOf(lang).detail;
  const formatInteger = formatsOf(lang).integer;
  return (
    <nav className="detail-pages" aria-label={detailFr.pagination}>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {detailFr.previous}
      </button>
      <span className="fr-text--sm" aria-live="polite">{detailFr.pageOf(formatInteger(page), formatInteger(pageCount))}</span>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {detailFr.next}
      </button>
    </nav>
  );
}
