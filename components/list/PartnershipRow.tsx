import Link from "next/link";
import { countryName } from "@/lib/countries";
import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { themeName } from "@/lib/i18n/theme-names";
import { labelsOf } from "@/lib/labels";
import { abbreviateNames } from "@/lib/list/names";
import { countryHref, partnershipHref } from "@/lib/pages/links";
import type { PartnershipSummary } from "@/lib/query/list";
import { MissingValue } from "./MissingValue";
import { StatusBadge } from "./StatusBadge";

export interface PartnershipRowProps {
  item: PartnershipSummary;
  /** The dashboard query, carried to the partnership and country pages. */
  query: string;
  lang?: Lang;
}

/** One partnership of the list. Links are not prefetched: a page holds up to 100 rows of them. */
export function PartnershipRow({ item, query, lang = "fr" }: PartnershipRowProps) {
  const authorities = abbreviateNames(item.frenchAuthorities);
  const text = labelsOf(lang).pages.list.table;
  const missing = labelsOf(lang).pages.profile.missing;
  return (
    <tr>
      <td className="list-title">
        <Link href={withLang(partnershipHref(item.id, query), lang)} prefetch={false}>
          {item.title}
        </Link>
        {item.real ? null : (
          <span className="fr-badge fr-badge--sm fr-badge--no-icon list-demo" title={text.demoTitle}>
            {text.demo}
          </span>
        )}
      </td>
      <td>
        {authorities.shown.length === 0 ? <MissingValue label={missing.authority} /> : authorities.shown.join(", ")}
        {authorities.more > 0 ? text.more(authorities.more) : null}
      </td>
      <td>
        {item.countries.length === 0 ? <MissingValue label={missing.country} /> : null}
        {item.countries.map((country, index) => (
          <span key={country.code ?? country.name}>
            {index > 0 ? ", " : null}
            {country.code ? (
              <Link href={withLang(countryHref(country.code, query), lang)} prefetch={false}>
                {countryName(country.code, lang, country.name)}
              </Link>
            ) : (
              country.name
            )}
          </span>
        ))}
      </td>
      <td>{item.theme ? themeName(item.theme, lang) : <MissingValue label={missing.theme} />}</td>
      {/* A year is a label, not a quantity: no thousands separator. */}
      <td>{item.startYear ?? <MissingValue label={missing.year} />}</td>
      <td>
        <StatusBadge status={item.status} lang={lang} />
      </td>
      <td className="fr-cell--right list-amount">{item.amount > 0 ? formatsOf(lang).euros(item.amount) : <MissingValue label={missing.amount} />}</td>
    </tr>
  );
}
