import { compareDocument } from "@/lib/compare/export";
import { type ComparePanelData, comparePanelData } from "@/lib/compare/load";
import type { ComparePanel } from "@/lib/compare/panels";
import { compareQuery } from "@/lib/compare/state";
import { parseCompareState } from "@/lib/compare/state-parse";
import { getEngine } from "@/lib/data/engine";
import { withLang } from "@/lib/i18n/lang";
import { type Lang, labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { isQueryError } from "@/lib/query/select";
import { EmbedArticle } from "./EmbedArticle";

/** A comparison panel alone, for another site's iframe: as the dashboard's embeds, from the comparison's URL. */
export async function CompareEmbed({ panel, raw, lang = "fr" }: { panel: ComparePanel; raw: RawSearchParams; lang?: Lang }) {
  const labels = labelsOf(lang).embed;
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
  const back = withLang(`/comparer${query ? `?${query}` : ""}#${panel}`, lang);
  return (
    <EmbedArticle title={data.figures.title} caption={data.notes.caption} figure={compareDocument(data)} table={data.figures.table} back={back} lang={lang} />
  );
}
