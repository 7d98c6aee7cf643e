import { describe, expect, it } from "vitest";
import { buildWordIndex, matchWords } from "./word-index";

const TEXTS = [
  "Accès à l'eau potable à Kayes",
  "Échanges scolaires et culturels",
  "Eaux usées, assainissement",
  "Coopération économique — échange d'étudiants",
];
const index = buildWordIndex(TEXTS);
const hits = (q: string) => {
  const matched = matchWords(index, TEXTS.length, q);
  return matched ? [...matched.keys()].filter((p) => matched[p] === 1) : null;
};

describe("word index", () => {
  it("finds every word as a prefix of a word, ignoring accents and case", () => {
    expect(hits("EAU")).toEqual([0, 2]);
    expect(hits("echange")).toEqual([1, 3]);
    expect(hits("Échanges scol")).toEqual([1]);
  });

  it("needs every word, anywhere in the text, not as a phrase", () => {
    expect(hits("potable eau")).toEqual([0]);
    expect(hits("eau echange")).toEqual([]);
  });

  it("does not match inside a word", () => {
    expect(hits("table")).toEqual([]);
    expect(hits("l")).toEqual([0]);
  });

  it("filters nothing when the query has no word", () => {
    expect(hits(" — ")).toBeNull();
  });

  it("counts a query word repeated as one", () => {
    expect(hits("eau eau")).toEqual([0, 2]);
  });
});
