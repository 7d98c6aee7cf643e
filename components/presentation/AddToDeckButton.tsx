"use client";
import { useLabels } from "@/lib/i18n/LangContext";
import { DeckStatusText, useAddToDeck } from "./useAddToDeck";
import "./presentation.css";

export interface AddToDeckButtonProps {
  /** The page's view: its canonical href (lib/presentation/views.ts) and the title to list it under. */
  href: string;
  title: string;
  /** The dataset's stamp (datasetStamp) of the page. */
  dataset: string;
}

/** "Ajouter à la présentation" on a page (country, authority, theme, partnership), with its status. */
export function AddToDeckButton({ href, title, dataset }: AddToDeckButtonProps) {
  const { status, add } = useAddToDeck(dataset);
  const labels = useLabels();
  // One box: in a DSFR button group's inline-flex item, a status beside the button would squeeze it.
  return (
    <div className="deck-add">
      <button type="button" className="fr-btn fr-btn--tertiary fr-icon-slideshow-line fr-btn--icon-left" onClick={() => void add({ href, title })}>
        {labels.exportMenu.addToDeck}
      </button>
      <p className={status ? "fr-text--sm fr-mt-1w fr-mb-0 deck-status" : "fr-sr-only"} role="status">
        <DeckStatusText status={status} />
      </p>
    </div>
  );
}
