import type { MultiPolygon, Polygon } from "geojson";
import { polygonContains } from "d3";
import { describe, expect, it } from "vitest";
import { labelPoint, largestShell } from "./labelPoint";

describe("labelPoint", () => {
  it("is the centroid of a convex shape", () => {
    const square: Polygon = { type: "Polygon", coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] };
    expect(labelPoint(square)).toEqual([5, 5]);
  });

  it("uses the largest polygon (mainland, not an overseas island)", () => {
    const country: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [
        [[[-53, 3], [-53, 5], [-51, 5], [-51, 3], [-53, 3]]],
        [[[0, 43], [0, 51], [8, 51], [8, 43], [0, 43]]],
      ],
    };
    expect(largestShell(country)[0]).toEqual([0, 43]);
    expect(labelPoint(country)).toEqual([4, 47]);
  });

  it("falls back to a point inside when the centroid is outside (a C shape)", () => {
    const ring: [number, number][] = [[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]];
    const shape: Polygon = { type: "Polygon", coordinates: [ring] };
    const point = labelPoint(shape);
    expect(polygonContains(ring, point)).toBe(true);
  });
});
