import Link from "next/link";
import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { pageHref } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";

export interface PageOutOfRangeProps {
  pageCount: number;
  query: string;
  options: ListOptions;
  lang?: Lang;
}

/** What a page number beyond the last shows instead of rows: how many pages there are, and a link to the last. */
export function PageOutOfRange({ pageCount, query, options, lang = "fr" }: PageOutOfRangeProps) {
  const text = labelsOf(lang).pages.list.outOfRange;
  const formatInteger = formatsOf(lang).integer;
  return (
    <div className="fr-alert fr-alert--info fr-mb-3w">
      <h2 className="fr-alert__title">{text.title(formatInteger(options.page))}</h2>
      <p>
        {text.text(formatInteger(pageCount), pageCount === 1)}{" "}
        <Link href={withLang(pageHref(query, options, pageCount), lang)}>{text.last(formatInteger(pageCount))}</Link>
      </p>
    </div>
  );
}
