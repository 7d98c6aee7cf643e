"use client";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useLabels } from "@/lib/i18n/LangContext";
import { type PlayerMove, movePlayer, playerAction } from "@/lib/presentation/deck";
import type { DeckSlide } from "@/lib/presentation/slides";
import { SlideContent } from "./SlideContent";

export interface DeckPlayerProps {
  slides: DeckSlide[];
  /** Called once when the player closes (Escape, the close button, leaving full screen). */
  onClose: () => void;
}

const FOCUSABLE = "button:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";

/**
 * The deck played one slide at a time, full screen when the browser allows it (a fixed layer over
 * the page otherwise). Keys: ArrowRight, PageDown, Space: next; ArrowLeft, PageUp: previous; Home,
 * End; Escape leaves. Each slide's title takes the focus, so that a screen reader reads it with
 * its position; Tab stays within the player.
 */
export function DeckPlayer({ slides, onClose }: DeckPlayerProps) {
  const [index, setIndex] = useState(0);
  const labels = useLabels().presentation.player;
  const root = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const closed = useRef(false);
  const titleId = useId();
  const counterId = useId();
  const count = slides.length;

  const close = useCallback(() => {
    if (closed.current) return;
    closed.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onClose();
  }, [onClose]);

  const go = useCallback((move: PlayerMove) => setIndex((current) => movePlayer(current, count, move)), [count]);

  // Full screen on opening (the click on "Présenter" allows it); leaving it ends the presentation.
  useEffect(() => {
    const element = root.current;
    if (!element || !document.fullscreenEnabled) return;
    let entered = false;
    const sync = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) close();
    };
    document.addEventListener("fullscreenchange", sync);
    void element.requestFullscreen().catch(() => undefined);
    return () => document.removeEventListener("fullscreenchange", sync);
  }, [close]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Tab") return trapTab(event, root.current);
      const action = playerAction(event.key);
      if (action === null || event.altKey || event.ctrlKey || event.metaKey) return;
      // Space and Enter on a button press it (Suivante, Quitter): not also a move.
      if (event.key === " " && event.target instanceof HTMLElement && event.target.closest("button, a")) return;
      event.preventDefault();
      if (action === "close") close();
      else go(action);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [close, go]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the title is focused again each time the slide changes
  useEffect(() => {
    title.current?.focus();
  }, [index]);

  const slide = slides[index];
  if (!slide) return null;
  return (
    <div ref={root} className="deck-player" role="dialog" aria-modal="true" aria-label={labels.label}>
      <SlideContent slide={slide} titleId={titleId} titleRef={title} describedBy={counterId} />
      <div className="deck-player__controls">
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-left-s-line fr-btn--icon-left" onClick={() => go("previous")} disabled={index === 0}>
          {labels.previous}
        </button>
        <p className="deck-player__counter" aria-hidden="true">
          {labels.counter(index + 1, count)}
        </p>
        <span id={counterId} className="fr-sr-only">
          {labels.counterLabel(index + 1, count)}
        </span>
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-arrow-right-s-line fr-btn--icon-right" onClick={() => go("next")} disabled={index === count - 1}>
          {labels.next}
        </button>
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-close-line fr-btn--icon-left" onClick={close}>
          {labels.close}
        </button>
        <p className="deck-player__keys">{labels.keys}</p>
      </div>
    </div>
  );
}

/** Keeps Tab and Shift+Tab within the player: behind it, the page is hidden or covered. */
function trapTab(event: KeyboardEvent, root: HTMLElement | null): void {
  if (!root) return;
  const focusable = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  const position = active instanceof HTMLElement ? focusable.indexOf(active) : -1;
  const inside = active instanceof Node && root.contains(active);
  // From the title (focusable by script only, before the buttons) Shift+Tab would leave the player.
  if (event.shiftKey && position <= 0) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (position === focusable.length - 1 || !inside)) {
    event.preventDefault();
    first.focus();
  }
}
