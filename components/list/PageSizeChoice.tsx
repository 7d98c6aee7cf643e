import Link from "next/link";
import { pageSizeHref } from "@/lib/list/links";
import { type ListOptions, PAGE_SIZES } from "@/lib/list/params";

export interface PageSizeChoiceProps {
  query: string;
  options: ListOptions;
}

/** Links to show 20, 50 or 100 partnerships a page (back to page 1); the current size is marked. */
export function PageSizeChoice({ query, options }: PageSizeChoiceProps) {
  return (
    <nav className="list-page-size" aria-label="Nombre de partenariats par page">
      <span className="fr-text--sm fr-mb-0">Partenariats par page :</span>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        {PAGE_SIZES.map((size) => (
          <li key={size}>
            {size === options.pageSize ? (
              // A span, not an anchor without href: the DSFR greys those out as disabled.
              <span className="fr-btn fr-btn--sm fr-mb-0" aria-current="true">
                {size}
              </span>
            ) : (
              <Link className="fr-btn fr-btn--sm fr-btn--tertiary fr-mb-0" href={pageSizeHref(query, options, size)}>
                {size}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
