import { LANG_PARAM } from "../i18n/lang";
import type { ParamIssue } from "../query/params";

/**
 * A deck is its URL: `/presentation?v=<view>&v=<view>…&d=<dataset>`, each `v` a view's href in
 * the slides' order, `d` the dataset the views were added from (so that a deck opened after the
 * data changed can say so). These functions are pure: the page, the browser's working copy
 * (lib/presentation/storage.ts) and the PowerPoint route share them.
 */

/** A deck this long already takes an hour to present; its PowerPoint, seconds to write. */
export const MAX_DECK_VIEWS = 30;

export interface Deck {
  /** The views' hrefs, in order. */
  views: string[];
  /** The dataset stamp of datasetStamp(), null when unknown. */
  dataset: string | null;
}

export const EMPTY_DECK: Deck = { views: [], dataset: null };

/**
 * The dataset's date and version in one URL value, "2026-11-30_3f2a9c01b7de": the date to tell
 * people when the deck was made, the version (the file's hash, shortened) to notice any change.
 * "_" because URLSearchParams writes it as is (it would escape "~" or ":").
 */
export function datasetStamp(updatedAt: string, version: string): string {
  return `${updatedAt}_${version.slice(0, 12)}`;
}

/** The stamp of an engine's dataset. */
export const stampOf = (engine: { datasetMeta: { updatedAt: string }; version: string }) => datasetStamp(engine.datasetMeta.updatedAt, engine.version);

/** The date part of a stamp ("2026-11-30"), null when the stamp has none. */
export function stampDate(stamp: string | null): string | null {
  return /^(\d{4}-\d{2}-\d{2})_/.exec(stamp ?? "")?.[1] ?? null;
}

/** The deck's query: its views in order, then its dataset. */
export function deckQuery(deck: Deck): string {
  const params = new URLSearchParams();
  for (const view of deck.views) params.append("v", view);
  if (deck.dataset) params.set("d", deck.dataset);
  return params.toString();
}

export const deckHref = (deck: Deck) => `/presentation${deck.views.length > 0 ? `?${deckQuery(deck)}` : ""}`;
export const deckPptxHref = (deck: Deck) => `/export/deck.pptx?${deckQuery(deck)}`;

/**
 * Reads a deck's URL parameters: every `v` in order (empty ones skipped), `d` once. An unknown
 * parameter, a repeated `d` or more than MAX_DECK_VIEWS views are reported; the deck keeps what
 * it can (the first views), so that a page can still show it.
 */
export function readDeckParams(params: URLSearchParams): { deck: Deck; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  const views = params.getAll("v").filter((view) => view.trim() !== "");
  const datasets = params.getAll("d").filter(Boolean);
  if (datasets.length > 1) issues.push({ param: "d", message: "must be given once" });
  for (const name of new Set(params.keys())) {
    // The page's language is the page's, not the deck's: accepted, and no part of the deck.
    if (name !== "v" && name !== "d" && name !== LANG_PARAM) issues.push({ param: name, message: "unknown parameter" });
  }
  if (views.length > MAX_DECK_VIEWS) issues.push({ param: "v", message: `at most ${MAX_DECK_VIEWS} views` });
  return { deck: { views: views.slice(0, MAX_DECK_VIEWS), dataset: datasets[0] ?? null }, issues };
}

export type AddResult<T> = { added: true; items: T[] } | { added: false; reason: "duplicate" | "full"; items: T[] };

/** Adds an item at the end, unless an equal one (same `key`) is there already or the deck is full. */
export function appendView<T>(items: readonly T[], item: T, key: (item: T) => string): AddResult<T> {
  if (items.some((other) => key(other) === key(item))) return { added: false, reason: "duplicate", items: [...items] };
  if (items.length >= MAX_DECK_VIEWS) return { added: false, reason: "full", items: [...items] };
  return { added: true, items: [...items, item] };
}

/** The items with the one at `index` moved by `offset` places, stopping at either end; a copy. */
export function moveView<T>(items: readonly T[], index: number, offset: number): T[] {
  const copy = [...items];
  if (index < 0 || index >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, index + offset));
  const [moved] = copy.splice(index, 1);
  copy.splice(target, 0, moved!);
  return copy;
}

/** The items without the one at `index`; a copy. */
export function removeView<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

/** Where a slide index lands after a key press in the player: next, previous, first, last. */
export type PlayerMove = "next" | "previous" | "first" | "last";

export function movePlayer(index: number, count: number, move: PlayerMove): number {
  if (count <= 0) return 0;
  const next = { next: index + 1, previous: index - 1, first: 0, last: count - 1 }[move];
  return Math.max(0, Math.min(count - 1, next));
}

/** The player's keys, as KeyboardEvent.key names them (a Map: an object would know "constructor"). */
const PLAYER_KEYS = new Map<string, PlayerMove | "close">([
  ["ArrowRight", "next"],
  ["PageDown", "next"],
  [" ", "next"],
  ["ArrowLeft", "previous"],
  ["PageUp", "previous"],
  ["Home", "first"],
  ["End", "last"],
  ["Escape", "close"],
]);

/** What a key does in the player, null for a key it leaves to the browser. */
export const playerAction = (key: string): PlayerMove | "close" | null => PLAYER_KEYS.get(key) ?? null;
