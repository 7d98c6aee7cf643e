import type { Metadata } from "next";
import { DeckEditor } from "@/components/presentation/DeckEditor";
import { WorkingDeck } from "@/components/presentation/WorkingDeck";
import { getEngine } from "@/lib/data/engine";
import { formatsOf } from "@/lib/format";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { MAX_DECK_VIEWS, readDeckParams, stampDate, stampOf } from "@/lib/presentation/deck";
import { deckEntryOf, resolveView } from "@/lib/presentation/slides";

// Rendered on demand: the dataset is read at run time and can be swapped without a rebuild.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: labelsOf(await requestLang()).presentation.title };
}

/**
 * /presentation?v=<view>&v=<view>…&d=<dataset>: a deck is its URL. Each view's slide is computed
 * here, from the figures its export or page shows; without views, the page shows the working deck
 * this browser keeps.
 */
export default async function PresentationPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const [raw, engine, lang] = await Promise.all([searchParams, getEngine(), requestLang()]);
  const labels = labelsOf(lang).presentation;
  const formatIsoDate = formatsOf(lang).isoDate;
  const { deck, issues } = readDeckParams(toUrlParams(raw));
  const current = stampOf(engine);
  const heading = (
    <>
      <h1 className="fr-h2 fr-mb-1w">{labels.title}</h1>
      <p className="fr-text--lead fr-mb-3w">{labels.intro}</p>
    </>
  );
  if (deck.views.length === 0) {
    return (
      <>
        {heading}
        <WorkingDeck />
      </>
    );
  }
  const entries = deck.views.map((href) => deckEntryOf(resolveView(engine, href, undefined, lang), lang));
  const notices = issues.map((issue) => (issue.param === "v" ? labels.tooMany(MAX_DECK_VIEWS) : `${issue.param}${lang === "fr" ? " : " : ": "}${issue.message}`));
  const then = stampDate(deck.dataset);
  const now = engine.datasetMeta.updatedAt;
  // Same date, other version (a re-import the same day): the date alone would say nothing.
  const changed = deck.dataset !== null && deck.dataset !== current ? labels.datasetChangedDetail(then && then !== now ? formatIsoDate(then) : null, formatIsoDate(now)) : null;
  return (
    <>
      {heading}
      <DeckEditor entries={entries} dataset={deck.dataset ?? current} notices={notices} changed={changed} />
    </>
  );
}
