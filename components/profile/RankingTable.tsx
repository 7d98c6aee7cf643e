import Link from "next/link";
import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { RankingRow } from "@/lib/profile/ranking";
import { DsfrTable } from "../table/DsfrTable";
import "./profile.css";

export interface RankingTableProps {
  id: string;
  title: string;
  /** The filters the figures reflect. */
  subtitle: string;
  /** How the rows were chosen, e.g. rankNote's "Les 15 premières collectivités sur 69…". */
  note?: string;
  /** Header of the first column ("Collectivité", "Pays"…). */
  firstColumn: string;
  /** Rows with the page each leads to, if any (none for "Non renseigné"). */
  rows: (RankingRow & { href?: string })[];
  /** Shown instead of an empty table. */
  emptyMessage: string;
  /** Scroll within a fixed height (long lists beside a map). */
  scroll?: boolean;
  /** The page's language: its figures' format, and the links keep it. */
  lang?: Lang;
}

/** A ranking as a DSFR table of links: partnerships and declared amount per group, readable without JavaScript. */
export function RankingTable({ id, title, subtitle, note, firstColumn, rows, emptyMessage, scroll = false, lang = "fr" }: RankingTableProps) {
  const titleId = `${id}-titre`;
  const columns = labelsOf(lang).pages.profile.columns;
  const f = formatsOf(lang);
  return (
    <section id={id} className="profile-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="fr-h6 fr-mb-1v">{title}</h2>
      <p className="fr-text--sm profile-section__subtitle">{subtitle}</p>
      {note && rows.length > 0 ? <p className="fr-text--xs fr-mb-1w">{note}</p> : null}
      {rows.length === 0 ? (
        <p className="fr-text--sm empty-state" role="status">{emptyMessage}</p>
      ) : (
        <DsfrTable
          caption={`${title} (${subtitle})`}
          className="fr-table--sm fr-table--multiline fr-table--no-caption fr-mb-0"
          // Focusable when it scrolls, so that keyboard users can scroll it.
          content={scroll ? { className: "profile-scroll", tabIndex: 0, role: "region", "aria-labelledby": titleId } : undefined}
        >
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              <th scope="col" className="fr-cell--right">{columns.partnerships}</th>
              <th scope="col" className="fr-cell--right">{columns.amount}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.href ? <Link href={withLang(row.href, lang)} prefetch={false}>{row.label}</Link> : row.label}</th>
                <td className="fr-cell--right">{f.integer(row.partnerships)}</td>
                <td className="fr-cell--right">{f.euros(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
    </section>
  );
}
