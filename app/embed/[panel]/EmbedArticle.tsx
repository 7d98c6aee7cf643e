import type { ReactNode } from "react";
import { DataTable } from "@/components/charts/DataTable";
import { type Lang, labelsOf } from "@/lib/labels";
import type { ExportTable } from "@/lib/export/types";
import { pageTable } from "@/lib/panels/page-table";

export interface EmbedArticleProps {
  title: string;
  caption: string;
  /** The standalone drawing of the panel. */
  figure: ReactNode;
  table: ExportTable;
  /** The view on the site the embed links back to. */
  back: string;
  lang?: Lang;
}

/** One embedded panel: its drawing, its table under a disclosure, and the link back to the site. */
export function EmbedArticle({ title, caption, figure, table, back, lang = "fr" }: EmbedArticleProps) {
  const labels = labelsOf(lang).embed;
  return (
    <article className="embed" aria-label={title}>
      <div className="embed-figure">{figure}</div>
      <details className="fr-mt-1w">
        <summary className="fr-text--sm">{labels.table}</summary>
        <DataTable lang={lang} {...pageTable(`${title} — ${caption}`, table, lang)} />
      </details>
      <p className="fr-text--sm fr-mb-0">
        <a className="fr-link fr-link--sm" href={back} target="_blank" rel="noopener" title={`${labels.backLink} (${labels.newWindow})`}>
          {labels.backLink}
        </a>
      </p>
    </article>
  );
}
