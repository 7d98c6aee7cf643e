import Link from "next/link";
import { countryName } from "@/lib/countries";
import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { listHref, partnershipHref } from "@/lib/pages/links";
import { seeAllLabel } from "@/lib/profile/labels";
import type { ListResult } from "@/lib/query/list";
import "./profile.css";
import { DsfrTable } from "../table/DsfrTable";

export interface PartnershipPreviewProps {
  /** The first partnerships of the scope, most recent first. */
  list: ListResult;
  /** The user's dashboard query, carried to each partnership page. */
  query: string;
  /** The scope's query: "Voir les N partenariats" lists them all. */
  scopeQuery: string;
  subtitle: string;
  lang?: Lang;
}

const dash = (label: string) => (
  <>
    <span aria-hidden="true">—</span>
    <span className="fr-sr-only">{label}</span>
  </>
);

/** The most recent partnerships of a profile, each linked to its page, and the link to all of them. */
export function PartnershipPreview({ list, query, scopeQuery, subtitle, lang = "fr" }: PartnershipPreviewProps) {
  const labels = labelsOf(lang);
  const text = labels.pages.profile;
  const f = formatsOf(lang);
  const seeAll = seeAllLabel(list.total, lang);
  const title = list.total > list.items.length ? text.preview.recent(f.integer(list.items.length)) : text.preview.all;
  return (
    <section id="partenariats" className="profile-section" aria-labelledby="partenariats-titre">
      <h2 id="partenariats-titre" className="fr-h6 fr-mb-1v">{title}</h2>
      <p className="fr-text--sm profile-section__subtitle">{subtitle}</p>
      {list.items.length === 0 ? (
        <p className="fr-text--sm empty-state" role="status">{text.preview.empty}</p>
      ) : (
        <DsfrTable caption={`${title} (${subtitle})`} className="fr-table--sm fr-table--multiline fr-table--no-caption fr-mb-1w">
          <thead>
            <tr>
              <th scope="col">{text.columns.partnership}</th>
              <th scope="col">{text.columns.frenchAuthorities}</th>
              <th scope="col">{text.columns.country}</th>
              <th scope="col">{text.columns.start}</th>
              <th scope="col">{text.columns.status}</th>
              <th scope="col" className="fr-cell--right">{text.columns.amount}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={withLang(partnershipHref(item.id, query), lang)} prefetch={false}>{item.title}</Link>
                </td>
                <td>{item.frenchAuthorities.length > 0 ? item.frenchAuthorities.join(", ") : dash(text.missing.authority)}</td>
                <td>
                  {item.countries.length > 0
                    ? item.countries.map((c) => (c.code ? countryName(c.code, lang, c.name) : c.name)).join(", ")
                    : dash(text.missing.country)}
                </td>
                {/* A year is a label, not a quantity: no thousands separator. */}
                <td>{item.startYear ?? dash(text.missing.year)}</td>
                <td>{item.status ? labels.statuses[item.status] : dash(text.missing.status)}</td>
                <td className="fr-cell--right">{item.amount > 0 ? f.euros(item.amount) : dash(text.missing.amount)}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
      {seeAll ? (
        <p>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={withLang(listHref(scopeQuery), lang)}>
            {seeAll}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
