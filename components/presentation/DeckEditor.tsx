"use client";
import { useEffect, useRef, useState } from "react";
import { withLang } from "@/lib/i18n/lang";
import { useLabels, useLang } from "@/lib/i18n/LangContext";
import { deckHref, deckPptxHref, moveView, removeView } from "@/lib/presentation/deck";
import type { DeckEntry, DeckSlide } from "@/lib/presentation/slides";
import { writeWorkingDeck } from "@/lib/presentation/storage";
import { DeckPlayer } from "./DeckPlayer";
import "./presentation.css";

export interface DeckEditorProps {
  /** The deck's views in order, each with its slide or why it was left out. */
  entries: DeckEntry[];
  /** The deck's dataset stamp, kept in its URL as it is. */
  dataset: string | null;
  /** Warnings about the deck's URL (too many views, unknown parameters), in the page's language. */
  notices: string[];
  /** When the dataset changed since the deck was made: the sentence that says so. */
  changed: string | null;
}

type Item = DeckEntry & { id: number; href: string; title: string };
type Action = "up" | "down" | "remove";

const itemsOf = (entries: DeckEntry[]): Item[] =>
  entries.map((entry, id) => (entry.ok ? { ...entry, id, href: entry.slide.href, title: entry.slide.title } : { ...entry, id, title: entry.href }));

/**
 * A deck opened from its URL: its slides listed with buttons to reorder and remove them (each
 * change rewrites the URL and the working deck in localStorage), its link to copy, its
 * PowerPoint, and "Présenter", which plays it.
 */
export function DeckEditor({ entries, dataset, notices, changed }: DeckEditorProps) {
  const [items, setItems] = useState(() => itemsOf(entries));
  const lang = useLang();
  const labels = useLabels().presentation;
  const [status, setStatus] = useState("");
  const [playing, setPlaying] = useState(false);
  const focusNext = useRef<{ id: number; action: Action } | "heading" | "present" | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const slides = items.flatMap((item): DeckSlide[] => (item.ok ? [item.slide] : []));

  // After a change, the focus goes where the user's next action is (the same button, moved along).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of the list or of the player
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "heading") heading.current?.focus();
    else if (target === "present") presentButton.current?.focus();
    else if (target) {
      const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>(`[data-item="${target.id}"] button`) ?? [])];
      const same = buttons.find((button) => button.dataset.action === target.action && !button.disabled);
      (same ?? buttons.find((button) => !button.disabled))?.focus();
    }
  }, [items, playing]);

  const save = (next: Item[]) => {
    setItems(next);
    const views = next.map((item) => item.href);
    window.history.replaceState(null, "", withLang(deckHref({ views, dataset }), lang));
    writeWorkingDeck(window.localStorage, { items: next.map(({ href, title }) => ({ href, title })), dataset });
  };

  const move = (index: number, offset: number) => {
    const item = items[index]!;
    const next = moveView(items, index, offset);
    focusNext.current = { id: item.id, action: offset < 0 ? "up" : "down" };
    save(next);
    setStatus(labels.moved(item.title, next.indexOf(item) + 1, next.length));
  };

  const remove = (index: number) => {
    const item = items[index]!;
    const next = removeView(items, index);
    const neighbour = next[index] ?? next[index - 1];
    focusNext.current = neighbour ? { id: neighbour.id, action: "remove" } : "heading";
    save(next);
    setStatus(labels.removed(item.title));
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed(window.location.href));
    }
  };

  const stopPlaying = () => {
    focusNext.current = "present";
    setPlaying(false);
  };

  return (
    <>
      {changed ? (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w" role="note">
          <h2 className="fr-alert__title">{labels.datasetChanged}</h2>
          <p>{changed}</p>
        </div>
      ) : null}
      {notices.length > 0 ? (
        <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      ) : null}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <button ref={presentButton} type="button" className="fr-btn fr-icon-slideshow-line fr-btn--icon-left" disabled={slides.length === 0} onClick={() => setPlaying(true)}>
            {labels.present}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary fr-icon-links-line fr-btn--icon-left" onClick={copyLink}>
            {labels.copyLink}
          </button>
        </li>
        {slides.length > 0 ? (
          <li>
            <a className="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left" href={withLang(deckPptxHref({ views: slides.map((slide) => slide.href), dataset }), lang)} download>
              {labels.download}
            </a>
          </li>
        ) : null}
      </ul>
      <p className={status ? "fr-text--sm deck-status" : "fr-sr-only"} role="status">
        {status}
      </p>
      <h2 ref={heading} tabIndex={-1} className="fr-h4">
        {labels.slides} ({items.length})
      </h2>
      {items.length === 0 ? <p>{labels.empty}</p> : null}
      <ol ref={list} className="deck-list">
        {items.map((item, index) => (
          <li key={item.id} data-item={item.id} className="deck-list__item">
            <div className="deck-list__text">
              {item.ok ? (
                <>
                  <p className="fr-text--bold fr-mb-1v">
                    <a href={withLang(item.href, lang)}>{item.title}</a>
                  </p>
                  <p className="fr-text--sm fr-mb-0">{item.slide.caption}</p>
                </>
              ) : (
                <p className="fr-error-text fr-mt-0">{labels.invalid(index + 1, item.message)}</p>
              )}
            </div>
            <div className="deck-list__actions">
              {(
                [
                  ["up", labels.moveUp, "fr-icon-arrow-up-line", index === 0, () => move(index, -1)],
                  ["down", labels.moveDown, "fr-icon-arrow-down-line", index === items.length - 1, () => move(index, 1)],
                  ["remove", labels.remove, "fr-icon-delete-bin-line", false, () => remove(index)],
                ] as const
              ).map(([action, label, icon, disabled, onClick]) => (
                <button
                  key={action}
                  type="button"
                  data-action={action}
                  className={`fr-btn fr-btn--tertiary fr-btn--sm ${icon} fr-btn--icon-left`}
                  aria-label={labels.actionOn(label, item.title)}
                  disabled={disabled}
                  onClick={onClick}
                >
                  {label}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
      {playing ? <DeckPlayer slides={slides} onClose={stopPlaying} /> : null}
    </>
  );
}
