import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { countryFocusBounds } from "./focus";

/** A closed rectangle ring, counter-clockwise, from [west, south] to [east, north]. */
const rect = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south], [east, south], [east, north], [west, north], [west, south],
];

describe("where the map zooms to show a country", () => {
  it("fits a single polygon, padded", () => {
    expect(countryFocusBounds({ type: "Polygon", coordinates: [rect(-10, 20, 0, 30)] })).toEqual([[19, -11], [31, 1]]);
  });

  it("keeps near islands and leaves far territories out (Corsica in, French Guiana out)", () => {
    const france = { type: "MultiPolygon" as const, coordinates: [[rect(-54, 2, -51, 6)], [rect(-5, 42, 8, 51)], [rect(8.5, 41, 9.5, 43)]] };
    expect(countryFocusBounds(france, 15, 0)).toEqual([[41, -5], [51, 9.5]]);
  });

  it("stays within the world", () => {
    const [[south, west], [north, east]] = countryFocusBounds({ type: "Polygon", coordinates: [rect(-180, -60, 180, 85)] });
    expect([south, west, north, east]).toEqual([-74.5, -180, 90, 180]);
  });
});
