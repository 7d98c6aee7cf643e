import Link from "next/link";
import { formatEuros, formatInteger } from "@/lib/format";
import { listHref, partnershipHref } from "@/lib/pages/links";
import { seeAllLabel } from "@/lib/profile/labels";
import { labelsOf } from "@/lib/labels";
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
}

const dash = (label: string) => (
  <>
    <span aria-hidden="true">—</span>
    <span className="fr-sr-only">{label}</span>
  </>
);

/** The most recent partnerships of a profile, each linked to its page, and the link to all of them. */
export function PartnershipPreview({ list, query, scopeQuery, subtitle }: PartnershipPreviewProps) {
  const seeAll = seeAllLabel(list.total);
  const title = list.total > list.items.length ? `Les ${formatInteger(list.items.length)} partenariats les plus récents` : "Les partenariats";
  return (
    <section id="partenariats" className="profile-section" aria-labelledby="partenariats-titre">
      <h2 id="partenariats-titre" className="fr-h6 fr-mb-1v">{title}</h2>
      <p className="fr-text--sm profile-section__subtitle">{subtitle}</p>
      {list.items.length === 0 ? (
        <p className="fr-text--sm empty-state" role="status">Aucun partenariat ne correspond à ces filtres.</p>
      ) : (
        <DsfrTable caption={`${title} (${subtitle})`} className="fr-table--sm fr-table--multiline fr-table--no-caption fr-mb-1w">
          <thead>
            <tr>
              <th scope="col">Partenariat</th>
              <th scope="col">Collectivités françaises</th>
              <th scope="col">Pays</th>
              <th scope="col">Début</th>
              <th scope="col">Statut</th>
              <th scope="col" className="fr-cell--right">Montant déclaré</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={partnershipHref(item.id, query)} prefetch={false}>{item.title}</Link>
                </td>
                <td>{item.frenchAuthorities.length > 0 ? item.frenchAuthorities.join(", ") : dash("aucune collectivité renseignée")}</td>
                <td>{item.countries.length > 0 ? item.countries.map((c) => c.name).join(", ") : dash("pays non renseigné")}</td>
                {/* A year is a label, not a quantity: no thousands separator. */}
                <td>{item.startYear ?? dash("année non renseignée")}</td>
                <td>{item.status ? labelsOf().statuses[item.status] : dash("statut non renseigné")}</td>
                <td className="fr-cell--right">{item.amount > 0 ? formatEuros(item.amount) : dash("aucun montant déclaré")}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
      {seeAll ? (
        <p>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={listHref(scopeQuery)}>
            {seeAll}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
