import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEngine } from "@/lib/data/engine";
import { dashboardQuery } from "@/lib/dashboard/state";
import { parseDashboardState } from "@/lib/dashboard/state-parse";
import { panelDocument } from "@/lib/export/svg";
import { panelData } from "@/lib/export/view";
import { withLang } from "@/lib/i18n/lang";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { PANEL_ANCHORS, isDashboardPanel } from "@/lib/panels/dashboard-panels";
import { viewHref } from "@/lib/panels/export-links";
import { isQueryError } from "@/lib/query/select";
import { CompareEmbed } from "./CompareEmbed";
import { isComparePanel } from "@/lib/compare/panels";
import { EmbedArticle } from "./EmbedArticle";

export const dynamic = "force-dynamic";

interface EmbedProps {
  params: Promise<{ panel: string }>;
  searchParams: Promise<RawSearchParams>;
}

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
  const lang = await requestLang();
  const labels = labelsOf(lang).embed;
  if (isComparePanel(panel)) return <CompareEmbed panel={panel} raw={await searchParams} lang={lang} />;
  if (!isDashboardPanel(panel)) notFound();
  const engine = await getEngine();
  const { state } = parseDashboardState(toUrlParams(await searchParams));
  let data: ReturnType<typeof panelData>;
  try {
    data = panelData(engine, panel, state, lang);
  } catch (error) {
    if (!isQueryError(error)) throw error;
    return <p className="fr-alert fr-alert--error fr-alert--sm">{labels.unknownValue(error.message)}</p>;
  }
  const back = withLang(viewHref(dashboardQuery(state), PANEL_ANCHORS[panel]), lang);
  return (
    <EmbedArticle title={data.figures.title} caption={data.notes.caption} figure={panelDocument(data)} table={data.figures.table} back={back} lang={lang} />
  );
}
