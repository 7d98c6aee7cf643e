import Link from "next/link";
import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { pageHref } from "@/lib/list/links";
import { paginationItems } from "@/lib/list/pagination";
import type { ListOptions } from "@/lib/list/params";

export interface ListPaginationProps {
  pageCount: number;
  query: string;
  options: ListOptions;
  lang?: Lang;
}

interface EdgeLinkProps {
  className: string;
  label: string;
  /** Undefined when there is no such page (on the first or last page). */
  href: string | undefined;
}

function EdgeLink({ className, label, href }: EdgeLinkProps) {
  const classes = `fr-pagination__link ${className}`;
  // The DSFR's disabled pagination link: an anchor without href, still announced as a link.
  if (href === undefined) {
    return (
      // biome-ignore lint/a11y/useValidAnchor: the DSFR's markup for a disabled pagination link (role="link" and aria-disabled announce it; its styles select a:not([href]))
      <a className={classes} aria-disabled="true" role="link">
        {label}
      </a>
    );
  }
  return (
    <Link className={classes} href={href}>
      {label}
    </Link>
  );
}

/** The DSFR pagination bar: first, previous, numbered pages with gaps, next, last; every link keeps the list's parameters. */
export function ListPagination({ pageCount, query, options, lang = "fr" }: ListPaginationProps) {
  const { page } = options;
  const text = labelsOf(lang).pages.list.pagination;
  const formatInteger = formatsOf(lang).integer;
  const to = (target: number) => withLang(pageHref(query, options, target), lang);
  // Beyond the last page, "previous" leads back to the last one.
  const previous = page > 1 ? Math.min(page - 1, pageCount) : undefined;
  const next = page < pageCount ? page + 1 : undefined;
  return (
    <nav className="fr-pagination" aria-label={text.label}>
      <ul className="fr-pagination__list">
        <li>
          <EdgeLink className="fr-pagination__link--first" label={text.first} href={page > 1 ? to(1) : undefined} />
        </li>
        <li>
          <EdgeLink className="fr-pagination__link--prev fr-pagination__link--lg-label" label={text.previous} href={previous === undefined ? undefined : to(previous)} />
        </li>
        {paginationItems(page, pageCount).map((item) =>
          item.kind === "ellipsis" ? (
            <li key={`gap-${item.after}`}>
              <span className="fr-pagination__link">…</span>
            </li>
          ) : (
            <li key={item.page}>
              {item.current ? (
                // biome-ignore lint/a11y/useValidAnchor: the DSFR's markup for the current page (aria-current announces it; its styles select :not([href])[aria-current])
                <a className="fr-pagination__link" aria-current="page" title={text.page(formatInteger(item.page))}>
                  {formatInteger(item.page)}
                </a>
              ) : (
                <Link className="fr-pagination__link" href={to(item.page)} title={text.page(formatInteger(item.page))}>
                  {formatInteger(item.page)}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          <EdgeLink className="fr-pagination__link--next fr-pagination__link--lg-label" label={text.next} href={next === undefined ? undefined : to(next)} />
        </li>
        <li>
          <EdgeLink className="fr-pagination__link--last" label={text.last} href={page < pageCount ? to(pageCount) : undefined} />
        </li>
      </ul>
    </nav>
  );
}
