import Link from "next/link";
import { formatEuros } from "@/lib/format";
import { abbreviateNames } from "@/lib/list/names";
import { countryHref, partnershipHref } from "@/lib/pages/links";
import type { PartnershipSummary } from "@/lib/query/list";
import { MissingValue } from "./MissingValue";
import { StatusBadge } from "./StatusBadge";

export interface PartnershipRowProps {
  item: PartnershipSummary;
  /** The dashboard query, carried to the partnership and country pages. */
  query: string;
}

/** One partnership of the list. Links are not prefetched: a page holds up to 100 rows of them. */
export function PartnershipRow({ item, query }: PartnershipRowProps) {
  const authorities = abbreviateNames(item.frenchAuthorities);
  return (
    <tr>
      <td className="list-title">
        <Link href={partnershipHref(item.id, query)} prefetch={false}>
          {item.title}
        </Link>
        {item.real ? null : (
          <span className="fr-badge fr-badge--sm fr-badge--no-icon list-demo" title="Partenariat généré pour la démonstration">
            démo
          </span>
        )}
      </td>
      <td>
        {authorities.shown.length === 0 ? <MissingValue label="aucune collectivité renseignée" /> : authorities.shown.join(", ")}
        {authorities.more > 0 ? ` et ${authorities.more} autres` : null}
      </td>
      <td>
        {item.countries.length === 0 ? <MissingValue label="pays non renseigné" /> : null}
        {item.countries.map((country, index) => (
          <span key={country.code ?? country.name}>
            {index > 0 ? ", " : null}
            {country.code ? (
              <Link href={countryHref(country.code, query)} prefetch={false}>
                {country.name}
              </Link>
            ) : (
              country.name
            )}
          </span>
        ))}
      </td>
      <td>{item.theme ?? <MissingValue label="thématique non renseignée" />}</td>
      {/* A year is a label, not a quantity: no thousands separator. */}
      <td>{item.startYear ?? <MissingValue label="année non renseignée" />}</td>
      <td>
        <StatusBadge status={item.status} />
      </td>
      <td className="fr-cell--right list-amount">{item.amount > 0 ? formatEuros(item.amount) : <MissingValue label="aucun montant déclaré" />}</td>
    </tr>
  );
}
