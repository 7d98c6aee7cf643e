import { listExportHref } from "@/lib/downloads/urls";
import { formatsOf } from "@/lib/format";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { listExportQuery } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";

export interface ListDownloadsProps {
  query: string;
  options: ListOptions;
  total: number;
  lang?: Lang;
}

/** Under the list: the whole list (every page, same filters and order) as a CSV or XLSX file. */
export function ListDownloads({ query, options, total, lang = "fr" }: ListDownloadsProps) {
  const labels = labelsOf(lang).downloads.links;
  const exportQuery = listExportQuery(query, options);
  return (
    <nav className="list-downloads fr-mt-2w" aria-label={labels.listHeading}>
      <p className="fr-text--sm fr-mb-1w">{labels.listNote(formatsOf(lang).integer(total), total === 1)}</p>
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        {(["csv", "xlsx"] as const).map((format) => (
          <li key={format}>
            <a className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-download-line fr-btn--icon-left fr-mb-0" href={withLang(listExportHref(format, exportQuery), lang)} download>
              {format === "csv" ? labels.listCsv : labels.listXlsx}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
