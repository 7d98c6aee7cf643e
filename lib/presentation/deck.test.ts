import { describe, expect, it } from "vitest";
import {
  MAX_DECK_VIEWS,
  appendView,
  datasetStamp,
  deckHref,
  deckPptxHref,
  deckQuery,
  movePlayer,
  moveView,
  playerAction,
  readDeckParams,
  removeView,
  stampDate,
} from "./deck";
import { addToWorkingDeck, deckOf, type KeyValueStore, readWorkingDeck, writeWorkingDeck } from "./storage";

const VIEWS = ["/?country=SN&panel=themes", "/pays/SN?yearFrom=2015", "/partenariats/15909"];

function memoryStore(): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe("a deck's URL", () => {
  it("holds its views in order and its dataset, and reads back the same", () => {
    const deck = { views: VIEWS, dataset: datasetStamp("2026-11-30", "3f2a9c01b7de55aa00") };
    expect(deck.dataset).toBe("2026-11-30_3f2a9c01b7de");
    expect(stampDate(deck.dataset)).toBe("2026-11-30");
    expect(stampDate("nimporte")).toBeNull();
    const query = deckQuery(deck);
    expect(query).toBe("v=%2F%3Fcountry%3DSN%26panel%3Dthemes&v=%2Fpays%2FSN%3FyearFrom%3D2015&v=%2Fpartenariats%2F15909&d=2026-11-30_3f2a9c01b7de");
    expect(readDeckParams(new URLSearchParams(query))).toEqual({ deck, issues: [] });
    expect(deckHref(deck)).toBe(`/presentation?${query}`);
    expect(deckHref({ views: [], dataset: "x" })).toBe("/presentation");
    expect(deckPptxHref(deck)).toBe(`/export/deck.pptx?${query}`);
  });

  it("reports unknown parameters, a repeated dataset and too many views, keeping the first views", () => {
    const params = new URLSearchParams([["v", "/pays/SN"], ["v", ""], ["d", "a"], ["d", "b"], ["utm", "x"]]);
    for (let i = 0; i < MAX_DECK_VIEWS + 2; i += 1) params.append("v", `/partenariats/${i}`);
    const { deck, issues } = readDeckParams(params);
    expect(deck.views).toHaveLength(MAX_DECK_VIEWS);
    expect(deck.views[0]).toBe("/pays/SN");
    expect(deck.dataset).toBe("a");
    expect(issues.map((issue) => issue.param)).toEqual(["d", "utm", "v"]);
  });
});

describe("ordering a deck", () => {
  it("moves a slide up or down, stopping at either end", () => {
    expect(moveView(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveView(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveView(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveView(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
    expect(moveView(["a", "b", "c"], 5, 1)).toEqual(["a", "b", "c"]);
    const items = ["a", "b"];
    moveView(items, 0, 1);
    expect(items).toEqual(["a", "b"]);
  });

  it("removes a slide, and adds one unless it is there already or the deck is full", () => {
    expect(removeView(["a", "b", "c"], 1)).toEqual(["a", "c"]);
    expect(removeView(["a"], 3)).toEqual(["a"]);
    const id = (item: string) => item;
    expect(appendView(["a"], "b", id)).toEqual({ added: true, items: ["a", "b"] });
    expect(appendView(["a", "b"], "a", id)).toEqual({ added: false, reason: "duplicate", items: ["a", "b"] });
    const full = Array.from({ length: MAX_DECK_VIEWS }, (_, i) => String(i));
    expect(appendView(full, "x", id)).toMatchObject({ added: false, reason: "full" });
  });

  it("moves the player with its keys, within the deck", () => {
    expect(movePlayer(0, 7, "next")).toBe(1);
    expect(movePlayer(6, 7, "next")).toBe(6);
    expect(movePlayer(0, 7, "previous")).toBe(0);
    expect(movePlayer(3, 7, "last")).toBe(6);
    expect(movePlayer(3, 7, "first")).toBe(0);
    expect(movePlayer(0, 0, "next")).toBe(0);
    expect(["ArrowRight", "PageDown", " ", "ArrowLeft", "PageUp", "Home", "End", "Escape", "a", "constructor"].map(playerAction)).toEqual([
      "next", "next", "next", "previous", "previous", "first", "last", "close", null, null,
    ]);
  });
});

describe("the working deck in the browser", () => {
  it("adds views with their titles, once each, and stamps the dataset", () => {
    const store = memoryStore();
    expect(readWorkingDeck(store)).toEqual({ items: [], dataset: null });
    expect(addToWorkingDeck(store, { href: VIEWS[0]!, title: "Thèmes" }, "2026-11-30_abc")).toMatchObject({ added: true });
    expect(addToWorkingDeck(store, { href: VIEWS[1]!, title: "Sénégal" }, "2026-12-01_def")).toMatchObject({ added: true });
    expect(addToWorkingDeck(store, { href: VIEWS[0]!, title: "Thèmes" }, "2026-12-01_def")).toMatchObject({ added: false, reason: "duplicate" });
    const deck = readWorkingDeck(store);
    expect(deck.items.map((item) => item.title)).toEqual(["Thèmes", "Sénégal"]);
    expect(deckOf(deck)).toEqual({ views: VIEWS.slice(0, 2), dataset: "2026-12-01_def" });
  });

  it("reads an unreadable store as empty, drops views it cannot read, and survives a refusing store", () => {
    const store = memoryStore();
    store.values.set("atlas-cooperation:presentation", "{pas du json");
    expect(readWorkingDeck(store).items).toEqual([]);
    writeWorkingDeck(store, { items: [{ href: "https://exemple.invalid/", title: "x" }, { href: VIEWS[2]!, title: "P" }], dataset: null });
    expect(readWorkingDeck(store).items).toEqual([{ href: VIEWS[2], title: "P" }]);
    const refusing: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(addToWorkingDeck(refusing, { href: VIEWS[2]!, title: "P" }, null)).toMatchObject({ added: false, reason: "storage" });
  });
});
