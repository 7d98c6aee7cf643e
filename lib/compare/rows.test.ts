import { describe, expect, it } from "vitest";
import { compareRow, ratioOf } from "./rows";

describe("a comparison row", () => {
  it("has B − A and B / A", () => {
    expect(compareRow("x", "X", 200, 900, 2, 9)).toMatchObject({ difference: 700, ratio: 4.5 });
    expect(compareRow("x", "X", 900, 200, 9, 2)).toMatchObject({ difference: -700 });
  });

  it("has no ratio when A is 0, never ∞ or NaN", () => {
    expect(ratioOf(0, 5)).toBeNull();
    expect(ratioOf(0, 0)).toBeNull();
    expect(ratioOf(5, 0)).toBe(0);
    expect(ratioOf(Number.NaN, 1)).toBeNull();
    expect(compareRow("x", "X", 0, 12, 0, 1)).toMatchObject({ difference: 12, ratio: null });
  });
});
