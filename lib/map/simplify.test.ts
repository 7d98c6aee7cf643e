import type { MultiPolygon, Position } from "geojson";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { decodeArcs, dropSmallIslands, roundGeometry, segmentDistance, simplifyLine, simplifyTopology } from "./simplify";

describe("segmentDistance", () => {
  it("measures to the segment, not the infinite line", () => {
    expect(segmentDistance([5, 3], [0, 0], [10, 0])).toBe(3);
    expect(segmentDistance([13, 4], [0, 0], [10, 0])).toBe(5);
    expect(segmentDistance([3, 4], [0, 0], [0, 0])).toBe(5);
  });
});

describe("simplifyLine", () => {
  it("drops points closer than the tolerance and keeps both ends", () => {
    const line: Position[] = [[0, 0], [1, 0.01], [2, -0.01], [3, 0], [4, 2], [5, 0]];
    expect(simplifyLine(line, 0.1)).toEqual([[0, 0], [3, 0], [4, 2], [5, 0]]);
  });

  it("keeps at least four corners of a closed ring smaller than the tolerance (an island)", () => {
    const island: Position[] = [[0, 0], [0.01, 0], [0.02, 0.01], [0.01, 0.02], [0, 0.01], [0, 0]];
    const simplified = simplifyLine(island, 1);
    expect(simplified[0]).toEqual(simplified.at(-1));
    expect(simplified.length).toBeGreaterThanOrEqual(4);
  });
});

// A 3×1 "topology": two squares side by side sharing one border arc, quantized with a transform.
const topology: Topology = {
  type: "Topology",
  transform: { scale: [0.5, 0.5], translate: [10, 20] },
  arcs: [
    [[2, 0], [0, 1], [0, 1]], // shared border x=11, from y=20 to y=21 (delta encoded)
    [[2, 2], [-2, 0], [0, -2], [2, 0]], // left square's other three sides
    [[2, 0], [2, 0], [0, 2], [-2, 0]], // right square's other three sides
  ],
  objects: {
    countries: {
      type: "GeometryCollection",
      geometries: [
        { type: "Polygon", arcs: [[0, 1]], id: "L" },
        { type: "Polygon", arcs: [[~0, 2]], id: "R" },
      ],
    },
  },
};

describe("decodeArcs / simplifyTopology", () => {
  it("undoes quantization and delta encoding", () => {
    expect(decodeArcs(topology)[0]).toEqual([[11, 20], [11, 20.5], [11, 21]]);
  });

  it("simplifies each arc in absolute coordinates, without a transform", () => {
    const simplified = simplifyTopology(topology, 0.1, 0);
    expect(simplified.transform).toBeUndefined();
    expect(simplified.arcs[0]).toEqual([[11, 20], [11, 21]]);
  });

  it("leaves the arcs of small rings whole", () => {
    expect(simplifyTopology(topology, 0.1, 100).arcs[0]).toHaveLength(3);
  });
});

describe("roundGeometry", () => {
  it("rounds, drops repeated points and collapsed rings, and returns null when nothing is left", () => {
    const geometry: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [
        [[[0, 0], [0.001, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
        [[[5, 5], [5.001, 5], [5.001, 5.001], [5, 5]]],
      ],
    };
    expect(roundGeometry(geometry, 2)).toEqual({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
    expect(roundGeometry({ type: "Polygon", coordinates: [[[5, 5], [5.001, 5], [5, 5.001], [5, 5]]] }, 2)).toBeNull();
  });
});

describe("dropSmallIslands", () => {
  const square = (x: number, size: number): Position[][] => [[[x, 0], [x, size], [x + size, size], [x + size, 0], [x, 0]]];
  const country: MultiPolygon = { type: "MultiPolygon", coordinates: [square(0, 3), square(10, 0.1), square(20, 0.5)] };

  it("drops the tiny islands of a large country", () => {
    expect(dropSmallIslands(country, 0.05, 2)).toEqual({ type: "MultiPolygon", coordinates: [square(0, 3), square(20, 0.5)] });
  });

  it("keeps every island of a small country, and always the largest polygon", () => {
    expect(dropSmallIslands(country, 0.05, 100)).toBe(country);
    const archipelago: MultiPolygon = { type: "MultiPolygon", coordinates: [square(0, 0.1), square(1, 0.05)] };
    expect(dropSmallIslands(archipelago, 1, 0)).toEqual({ type: "Polygon", coordinates: square(0, 0.1) });
  });
});
