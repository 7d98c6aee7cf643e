import { describe, expect, it } from "vitest";
import { swatchRows } from "./legendLayout";

describe("swatchRows", () => {
  it("flows items into rows that fit the width", () => {
    const items = ["MEAE", "Fonds propres", "Partenaires étrangers", "Autres"].map((label) => ({ label }));
    const { placed, height } = swatchRows(items, { width: 200, fontSize: 12, swatchWidth: 12 });
    expect(placed.map(({ x, y }) => [Math.round(x), y])).toEqual([[0, 0], [60, 0], [0, 19], [0, 38]]);
    expect(height).toBe(57);
    expect(swatchRows([], { width: 200, fontSize: 12, swatchWidth: 12 }).height).toBe(0);
  });
});
