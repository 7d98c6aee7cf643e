import Link from "next/link";
import { countryName } from "@/lib/countries";
import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { listHref, partnershipHref } from "@/lib/pages/links";
import type { RelatedList } from "@/lib/partnership/related";
import "./partnership.css";

export interface RelatedPartnershipsProps {
  lists: RelatedList[];
  /** The dashboard query carried by the links. */
  query: string;
  /** Whether the dashboard had filters (the lists are then within them, and say so). */
  filtered: boolean;
  lang?: Lang;
}

/** Up to five other partnerships of the same French authority, partner country and main theme, each list with a link to all. */
export function RelatedPartnerships({ lists, query, filtered, lang = "fr" }: RelatedPartnershipsProps) {
  if (lists.length === 0) return null;
  const text = labelsOf(lang).pages.fiche.related;
  return (
    <section id="partenariats-lies" className="fr-mt-6w">
      <h2 className="fr-h4 fr-mb-1w">{text.title}</h2>
      {filtered ? <p className="fr-text--sm">{text.filtered}</p> : null}
      <div className="fr-grid-row fr-grid-row--gutters">
        {lists.map((list) => (
          <div key={list.kind} className="fr-col-12 fr-col-md-4">
            <h3 className="fr-h6 fr-mb-1w">{list.heading}</h3>
            {list.items.length === 0 ? (
              <p className="fr-text--sm">{text.none}</p>
            ) : (
              <ul className="related-list">
                {list.items.map((item) => (
                  <li key={item.id}>
                    <Link prefetch={false} href={withLang(partnershipHref(item.id, query), lang)}>{item.title}</Link>
                    <span className="related-meta fr-text--xs fr-mb-0">
                      {[
                        item.frenchAuthorities.join(", "),
                        item.countries.map((c) => (c.code ? countryName(c.code, lang, c.name) : c.name)).join(", "),
                        item.startYear === null ? "" : text.start(item.startYear),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {list.total > 1 ? (
              <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={withLang(listHref(list.query), lang)}>
                {text.seeAll}<span className="fr-sr-only">{text.seeAllHidden(list.heading)}</span> ({formatsOf(lang).integer(list.total)})
              </Link>
            ) : null}
          </div>
        ))}
      </div>
    </section>
  );
}
