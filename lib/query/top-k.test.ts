import { describe, expect, it } from "vitest";
import { rankedSlice } from "./top-k";

describe("rankedSlice", () => {
  // Ties on the value broken by index: a strict order, as the explanation's (contribution, then title).
  const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 97);
  const before = (a: number, b: number) => values[b]! - values[a]! || a - b;
  const sorted = Array.from({ length: values.length }, (_, i) => i).sort(before);

  it("gives any slice of the full ranking, by a heap near the top and a sort deeper", () => {
    for (const [start, end] of [[0, 1], [0, 20], [20, 40], [100, 125], [500, 700], [990, 1000], [995, 1020]] as const) {
      expect([...rankedSlice(values.length, before, start, end)]).toEqual(sorted.slice(start, end));
    }
  });

  it("is empty past the end or for an empty input", () => {
    expect(rankedSlice(values.length, before, 1000, 1020)).toHaveLength(0);
    expect(rankedSlice(0, before, 0, 20)).toHaveLength(0);
  });
});
