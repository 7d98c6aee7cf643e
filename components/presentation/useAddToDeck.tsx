"use client";
import Link from "next/link";
import { useCallback, useState } from "react";
import { withLang } from "@/lib/i18n/lang";
import { useLabels, useLang } from "@/lib/i18n/LangContext";
import { MAX_DECK_VIEWS } from "@/lib/presentation/deck";
import { type DeckItem, addToWorkingDeck } from "@/lib/presentation/storage";

export interface DeckStatus {
  text: string;
  /** Whether to offer the link to /presentation after the text. */
  link: boolean;
}

/** Adds a view to the working deck (localStorage) and says what happened, in the page's language. */
export function useAddToDeck(dataset: string | null) {
  const [status, setStatus] = useState<DeckStatus | null>(null);
  const labels = useLabels().presentation;
  const add = useCallback(
    (item: DeckItem) => {
      const outcome = addToWorkingDeck(window.localStorage, item, dataset);
      const count = outcome.items.length;
      const next: DeckStatus = outcome.added
        ? { text: labels.added(count), link: true }
        : outcome.reason === "duplicate"
          ? { text: labels.alreadyIn(count), link: true }
          : outcome.reason === "full"
            ? { text: labels.full(MAX_DECK_VIEWS), link: true }
            : { text: labels.storageFailed, link: false };
      setStatus(next);
      return next;
    },
    [dataset, labels],
  );
  return { status, add };
}

/** The status's text and link, for a live region (role="status") that is always in the page. */
export function DeckStatusText({ status }: { status: DeckStatus | null }) {
  const lang = useLang();
  const labels = useLabels().presentation;
  if (!status) return null;
  return (
    <>
      {status.text}
      {status.link ? (
        <>
          {" "}
          <Link className="fr-link fr-link--sm" href={withLang("/presentation", lang)} prefetch={false}>
            {labels.see}
          </Link>
        </>
      ) : null}
    </>
  );
}
