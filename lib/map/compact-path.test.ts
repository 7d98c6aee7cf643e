import { geoIdentity } from "d3";
import { describe, expect, it } from "vitest";
import { compactPath } from "./compact-path";

// geoIdentity: the shapes' coordinates are the drawing's, so the expected paths can be read off.
const identity = geoIdentity();

describe("compactPath", () => {
  it("draws each ring from its first point in whole units with relative moves, closed", () => {
    const square = { type: "Polygon" as const, coordinates: [[[10, 10], [20, 10], [20, 25], [10, 25], [10, 10]]] };
    expect(compactPath(identity, square)).toBe("M10 10l10 0 0 15-10 0z");
  });

  it("rounds, drops points that round onto the previous one, and rings left with under three", () => {
    const shape = {
      type: "MultiPolygon" as const,
      coordinates: [
        [[[0.2, 0.2], [0.4, 0.1], [5.4, 0.3], [5.2, 4.6], [0.2, 0.2]]],
        [[[50, 50], [50.2, 50.1], [50.4, 50.3], [50, 50]]],
      ],
    };
    expect(compactPath(identity, shape)).toBe("M0 0l5 0 0 5z");
  });
});
