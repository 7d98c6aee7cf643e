import { DataTable } from "@/components/charts/DataTable";
import { compareDocument } from "@/lib/compare/export";
import { type ComparePanelData, comparePanelData } from "@/lib/compare/load";
import type { ComparePanel } from "@/lib/compare/panels";
import { compareQuery, parseCompareState } from "@/lib/compare/state";
import { getEngine } from "@/lib/data/engine";
import { labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { pageTable } from "@/lib/panels/page-table";
import { isQueryError } from "@/lib/query/select";

const labels = labelsOf().embed;

/** A comparison panel alone, for another site's iframe: as the dashboard's embeds, from the comparison's URL. */
export async function CompareEmbed({ panel, raw }: { panel: ComparePanel; raw: RawSearchParams }) {
  const engine = await getEngine();
  const { state } = parseCompareState(toUrlParams(raw));
  let data: ComparePanelData;
  try {
    data = comparePanelData(engine, panel, state);
  } catch (error) {
    if (!isQueryError(error)) throw error;
    return <p className="fr-alert fr-alert--error fr-alert--sm">{labels.unknownValue(error.message)}</p>;
  }
  const query = compareQuery(state);
  const back = `/comparer${query ? `?${query}` : ""}#${panel}`;
  return (
    <article className="embed" aria-label={data.figures.title}>
      <div className="embed-figure">{compareDocument(data)}</div>
      <details className="fr-mt-1w">
        <summary className="fr-text--sm">{labels.table}</summary>
        <DataTable {...pageTable(`${data.figures.title} — ${data.notes.caption}`, data.figures.table)} />
      </details>
      <p className="fr-text--sm fr-mb-0">
        <a className="fr-link fr-link--sm" href={back} target="_blank" rel="noopener" title={`${labels.backLink} (${labels.newWindow})`}>
          {labels.backLink}
        </a>
      </p>
    </article>
  );
}
