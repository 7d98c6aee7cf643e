import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/charts/DataTable";
import { getEngine } from "@/lib/data/engine";
import { dashboardQuery, parseDashboardState } from "@/lib/dashboard/state";
import { panelDocument } from "@/lib/export/svg";
import { panelData } from "@/lib/export/view";
import { labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { PANEL_ANCHORS, isDashboardPanel } from "@/lib/panels/dashboard-panels";
import { viewHref } from "@/lib/panels/export-links";
import { pageTable } from "@/lib/panels/page-table";
import { isQueryError } from "@/lib/query/select";
import { CompareEmbed } from "./CompareEmbed";
import { isComparePanel } from "@/lib/compare/panels";

export const dynamic = "force-dynamic";

interface EmbedProps {
  params: Promise<{ panel: string }>;
  searchParams: Promise<RawSearchParams>;
}

const labels = labelsOf().embed;

export async function generateMetadata({ params }: EmbedProps): Promise<Metadata> {
  const { panel } = await params;
  return { title: panel, robots: { index: false } };
}

/**
 * One dashboard panel alone, for another site's iframe (the export menu gives the code): its
 * drawing with title, caption and source, its figures as a table, and a link back to the view.
 * The root layout leaves out the site's header and footer here, and only /embed/ may be framed.
 */
export default async function EmbedPage({ params, searchParams }: EmbedProps) {
  const { panel } = await params;
  if (isComparePanel(panel)) return <CompareEmbed panel={panel} raw={await searchParams} />;
  if (!isDashboardPanel(panel)) notFound();
  const engine = await getEngine();
  const { state } = parseDashboardState(toUrlParams(await searchParams));
  let data: ReturnType<typeof panelData>;
  try {
    data = panelData(engine, panel, state);
  } catch (error) {
    if (!isQueryError(error)) throw error;
    return <p className="fr-alert fr-alert--error fr-alert--sm">{labels.unknownValue(error.message)}</p>;
  }
  const back = viewHref(dashboardQuery(state), PANEL_ANCHORS[panel]);
  return (
    <article className="embed" aria-label={data.figures.title}>
      <div className="embed-figure">{panelDocument(data)}</div>
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
