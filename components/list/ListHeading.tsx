import Link from "next/link";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { countLabel, filtersLine } from "@/lib/list/heading";
import { dashboardHref } from "@/lib/pages/links";
import "./list.css";

export interface ListHeadingProps {
  /** The active filters as heading parts (see headingParts). */
  parts: readonly string[];
  total: number;
  /** The dashboard query, for the link back to the same view. */
  query: string;
  lang?: Lang;
}

/** The page's title, the filters it applies as a line, the number of results and the way back to the dashboard. */
export function ListHeading({ parts, total, query, lang = "fr" }: ListHeadingProps) {
  const text = labelsOf(lang).pages.list;
  return (
    <div className="fr-mb-3w">
      <h1 className="fr-h2 fr-mb-1w">{text.title}</h1>
      <p className="fr-text--lead fr-mb-1w list-filters">{filtersLine(parts, lang)}</p>
      <p className="fr-mb-1w list-count">{countLabel(total, lang)}</p>
      <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={withLang(dashboardHref(query), lang)}>
        {text.seeOnDashboard}
      </Link>
    </div>
  );
}
