import { describe, expect, it } from "vitest";
import { abbreviateNames } from "./names";

describe("abbreviateNames", () => {
  it.each([
    [[], [], 0],
    [["A", "B", "C"], ["A", "B", "C"], 0],
    [["A", "B", "C", "D"], ["A", "B", "C", "D"], 0],
    [["A", "B", "C", "D", "E"], ["A", "B", "C"], 2],
  ])("%o → %o and %i more", (names, shown, more) => {
    expect(abbreviateNames(names)).toEqual({ shown, more });
  });
});
