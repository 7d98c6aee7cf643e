import Link from "next/link";
import { formatInteger } from "@/lib/format";
import { pageHref } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";

export interface PageOutOfRangeProps {
  pageCount: number;
  query: string;
  options: ListOptions;
}

/** What a page number beyond the last shows instead of rows: how many pages there are, and a link to the last. */
export function PageOutOfRange({ pageCount, query, options }: PageOutOfRangeProps) {
  return (
    <div className="fr-alert fr-alert--info fr-mb-3w">
      <h2 className="fr-alert__title">La page {formatInteger(options.page)} n&apos;existe pas</h2>
      <p>
        Cette liste compte {formatInteger(pageCount)} {pageCount === 1 ? "page" : "pages"}.{" "}
        <Link href={pageHref(query, options, pageCount)}>Aller à la dernière page (page {formatInteger(pageCount)})</Link>
      </p>
    </div>
  );
}
