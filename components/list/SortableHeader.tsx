import Link from "next/link";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { sortHref } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";
import { type SortKey, describeSort, nextSort, sortDirectionOf } from "@/lib/list/sort";

export interface SortableHeaderProps {
  label: string;
  sortKey: SortKey;
  query: string;
  options: ListOptions;
  /** Right-aligned, over a column of amounts. */
  numeric?: boolean;
  lang?: Lang;
}

const ICONS = { ascending: "fr-icon-arrow-up-line", descending: "fr-icon-arrow-down-line", none: "fr-icon-arrow-up-down-line" } as const;

/**
 * A column header whose link sorts the list by the column (the other way round when it already
 * does). A link rather than a button, so that sorting works without JavaScript and can be shared.
 */
export function SortableHeader({ label, sortKey, query, options, numeric = false, lang = "fr" }: SortableHeaderProps) {
  const direction = sortDirectionOf(options.sort, sortKey);
  return (
    <th scope="col" aria-sort={direction} className={numeric ? "fr-cell--right" : undefined}>
      <Link className={`fr-link fr-link--sm fr-link--icon-right ${ICONS[direction ?? "none"]}`} href={withLang(sortHref(query, options, sortKey), lang)}>
        {label}
        <span className="fr-sr-only">{labelsOf(lang).pages.list.table.sortBy(describeSort(nextSort(options.sort, sortKey), lang))}</span>
      </Link>
    </th>
  );
}
