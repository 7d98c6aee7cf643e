import { describe, expect, it } from "vitest";
import { allocate, Rng, sampleWithoutReplacement, WeightedTable } from "./random";

describe("Rng", () => {
  it("repeats a sequence for a seed and differs between seeds and streams", () => {
    const draw = (rng: Rng) => Array.from({ length: 5 }, () => rng.nextUint32());
    expect(draw(new Rng(42))).toEqual(draw(new Rng(42)));
    expect(draw(new Rng(42))).not.toEqual(draw(new Rng(43)));
    expect(draw(Rng.stream(42, 1))).not.toEqual(draw(Rng.stream(42, 2)));
  });

  it("draws uniformly in [0, 1) and integers within bounds", () => {
    const rng = new Rng(7);
    let sum = 0;
    let min = 1;
    let max = 0;
    const ints = new Set<number>();
    for (let i = 0; i < 20_000; i++) {
      const x = rng.next();
      min = Math.min(min, x);
      max = Math.max(max, x);
      sum += x;
      ints.add(rng.int(3, 5));
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
    expect([...ints].sort()).toEqual([3, 4, 5]);
  });
});

describe("WeightedTable", () => {
  it("draws in proportion to the weights and never a zero weight", () => {
    const table = new WeightedTable(["a", "b", "c"], [1, 0, 3]);
    const rng = new Rng(1);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) counts[table.sample(rng)]! += 1;
    expect(counts.b).toBe(0);
    expect(counts.c! / counts.a!).toBeGreaterThan(2.7);
    expect(counts.c! / counts.a!).toBeLessThan(3.3);
  });
});

describe("allocate", () => {
  it("splits a total exactly, in proportion, with a minimum", () => {
    expect(allocate([1, 1, 2], 8)).toEqual([2, 2, 4]);
    const parts = allocate([5, 3, 1, 0.1], 100, 1);
    expect(parts.reduce((s, n) => s + n, 0)).toBe(100);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
    expect(() => allocate([1, 1], 1, 1)).toThrow(RangeError);
  });
});

describe("sampleWithoutReplacement", () => {
  it("returns k distinct indices, favouring heavy weights", () => {
    const weights = Array.from({ length: 100 }, (_, i) => (i < 10 ? 1000 : 1));
    const picked = sampleWithoutReplacement(new Rng(3), weights, 10);
    expect(new Set(picked).size).toBe(10);
    expect(picked.filter((i) => i < 10).length).toBeGreaterThanOrEqual(8);
  });
});
