import * as z from "zod/mini";
import { type AddResult, type Deck, MAX_DECK_VIEWS, appendView } from "./deck";
import { MAX_VIEW_LENGTH, parseView } from "./views";

/**
 * The working deck: the one the user is building, kept in the browser's localStorage between
 * pages (the dashboard's menus and the pages add to it, /presentation shows it). Each view keeps
 * the title it had when added, so that /presentation can list them before any request.
 */

export interface DeckItem {
  href: string;
  title: string;
}

export interface WorkingDeck {
  items: DeckItem[];
  dataset: string | null;
}

export const EMPTY_WORKING_DECK: WorkingDeck = { items: [], dataset: null };

/** The subset of the Storage interface used here: a test passes a Map-backed one. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

const STORAGE_KEY = "atlas-cooperation:presentation";

const storedSchema = z.object({
  items: z.array(z.object({ href: z.string().check(z.maxLength(MAX_VIEW_LENGTH)), title: z.string().check(z.maxLength(1000)) })).check(z.maxLength(MAX_DECK_VIEWS)),
  dataset: z.nullable(z.string().check(z.maxLength(100))),
});

/** The stored deck; empty when there is none, or when it is unreadable (written by another version, edited by hand). */
export function readWorkingDeck(store: KeyValueStore): WorkingDeck {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return EMPTY_WORKING_DECK;
  }
  if (!raw) return EMPTY_WORKING_DECK;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return EMPTY_WORKING_DECK;
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return EMPTY_WORKING_DECK;
  // A view this version no longer reads is dropped rather than shown as a broken slide.
  return { items: parsed.data.items.filter((item) => parseView(item.href).ok), dataset: parsed.data.dataset };
}

/** Stores the deck; false when the browser refuses (private mode, quota, storage disabled). */
export function writeWorkingDeck(store: KeyValueStore, deck: WorkingDeck): boolean {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(deck));
    return true;
  } catch {
    return false;
  }
}

export type AddOutcome = AddResult<DeckItem> | { added: false; reason: "storage"; items: DeckItem[] };

/**
 * Adds a view at the end of the working deck and stamps the deck with the current dataset: its
 * slides are computed from the data of the day they are shown, the stamp says which data the
 * user last saw when building it.
 */
export function addToWorkingDeck(store: KeyValueStore, item: DeckItem, dataset: string | null): AddOutcome {
  const deck = readWorkingDeck(store);
  const result = appendView(deck.items, item, (entry) => entry.href);
  if (!result.added) return result;
  if (!writeWorkingDeck(store, { items: result.items, dataset: dataset ?? deck.dataset })) return { added: false, reason: "storage", items: deck.items };
  return result;
}

/** The working deck as a deck (its URL's content). */
export const deckOf = (deck: WorkingDeck): Deck => ({ views: deck.items.map((item) => item.href), dataset: deck.dataset });
