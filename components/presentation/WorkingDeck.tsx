"use client";
import { useEffect, useState } from "react";
import { withLang } from "@/lib/i18n/lang";
import { useLabels, useLang } from "@/lib/i18n/LangContext";
import { deckHref } from "@/lib/presentation/deck";
import { type WorkingDeck as Deck, deckOf, readWorkingDeck } from "@/lib/presentation/storage";
import "./presentation.css";

/**
 * /presentation without views: the working deck this browser keeps (localStorage), listed by the
 * titles the views had when added, and the way to open it as a link, where it is shown, reordered,
 * played and shared. Read after mounting: the server has no access to it.
 */
export function WorkingDeck() {
  const [deck, setDeck] = useState<Deck | null>(null);
  const lang = useLang();
  const labels = useLabels().presentation;
  useEffect(() => setDeck(readWorkingDeck(window.localStorage)), []);
  if (deck === null) return null;
  if (deck.items.length === 0) {
    return (
      <div className="fr-callout">
        <h2 className="fr-callout__title fr-h5">{labels.empty}</h2>
        <p className="fr-callout__text fr-text--md">{labels.emptyHelp}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="presentation-en-cours">
      <h2 id="presentation-en-cours" className="fr-h5">
        {labels.working(deck.items.length)}
      </h2>
      <ol className="deck-list deck-list--plain">
        {deck.items.map((item) => (
          <li key={item.href} className="deck-list__item">
            {item.title}
          </li>
        ))}
      </ol>
      <p className="fr-mt-3w fr-mb-1w">
        <a className="fr-btn fr-icon-slideshow-line fr-btn--icon-left" href={withLang(deckHref(deckOf(deck)), lang)}>
          {labels.open}
        </a>
      </p>
      <p className="fr-text--sm">{labels.openHelp}</p>
    </section>
  );
}
