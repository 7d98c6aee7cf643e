import Link from "next/link";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { pageSizeHref } from "@/lib/list/links";
import { type ListOptions, PAGE_SIZES } from "@/lib/list/params";

export interface PageSizeChoiceProps {
  query: string;
  options: ListOptions;
  lang?: Lang;
}

/** Links to show 20, 50 or 100 partnerships a page (back to page 1); the current size is marked. */
export function PageSizeChoice({ query, options, lang = "fr" }: PageSizeChoiceProps) {
  const text = labelsOf(lang).pages.list.pageSize;
  return (
    <nav className="list-page-size" aria-label={text.label}>
      <span className="fr-text--sm fr-mb-0">{text.text}</span>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        {PAGE_SIZES.map((size) => (
          <li key={size}>
            {size === options.pageSize ? (
              // A span, not an anchor without href: the DSFR greys those out as disabled.
              <span className="fr-btn fr-btn--sm fr-mb-0" aria-current="true">
                {size}
              </span>
            ) : (
              <Link className="fr-btn fr-btn--sm fr-btn--tertiary fr-mb-0" href={withLang(pageSizeHref(query, options, size), lang)}>
                {size}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
