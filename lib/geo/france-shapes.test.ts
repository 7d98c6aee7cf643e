import { polygonArea, polygonContains } from "d3";
import { describe, expect, it } from "vitest";
import { readPackageJson } from "../package-data";
import { type Point, formatCoordinate, inseeCodeFromIso, insetRow, pathData, rewindForD3, roundRing, within } from "./france-build";
import { type FranceShape, INSET_LABEL_BAND } from "./france-shapes";
import { loadFranceShapes } from "./load-france-shapes";

interface CogEntry {
  code: string;
  nom: string;
  region?: string;
  zone: string;
}

const COMS = ["975", "977", "978", "986", "987", "988"];

/** The rings of a path written by pathData: "M x,y L x,y … Z" repeated. */
function ringsOf(d: string): Point[][] {
  return d
    .split("M")
    .slice(1)
    .map((ring) => ring.replace(/Z$/, "").split("L").map((pair) => pair.split(",").map(Number) as Point));
}

// The committed asset (built by scripts/geo/make-france.ts): checked, not rebuilt.
describe("public/geo/france.json through loadFranceShapes", () => {
  const shapes = loadFranceShapes();
  const departements = readPackageJson<CogEntry[]>("@etalab/decoupage-administratif/data/departements.json");
  const regions = readPackageJson<CogEntry[]>("@etalab/decoupage-administratif/data/regions.json");
  const all: FranceShape[] = [...shapes.departements, ...shapes.regions];

  it("is read once per process", () => {
    expect(loadFranceShapes()).toBe(shapes);
  });

  it("has the 101 départements once each, with their COG name and région", () => {
    const expected = departements.filter((d) => d.zone === "metro" || d.zone === "drom");
    expect(expected).toHaveLength(101);
    for (const cog of expected) {
      const found = shapes.departements.filter((shape) => shape.code === cog.code);
      expect(found, cog.code).toHaveLength(1);
      expect(found[0]!.name).toBe(cog.nom);
      expect(found[0]!.region).toBe(cog.region);
    }
    expect(shapes.departements.find((shape) => shape.code === "2A")?.name).toBe("Corse-du-Sud");
    expect(shapes.departements.find((shape) => shape.code === "971")?.region).toBe("01");
  });

  it("has the 18 régions with their COG names, each its own région", () => {
    const expected = regions.filter((r) => r.zone === "metro" || r.zone === "drom");
    expect(expected).toHaveLength(18);
    for (const cog of expected) {
      const found = shapes.regions.filter((shape) => shape.code === cog.code);
      expect(found, cog.code).toHaveLength(1);
      expect(found[0]!.name).toBe(cog.nom);
      expect(found[0]!.region).toBe(cog.code);
    }
  });

  it("has the collectivités d'outre-mer both as départements and as régions, keyed by their own code", () => {
    for (const code of COMS) {
      const name = departements.find((d) => d.code === code)!.nom;
      for (const list of [shapes.departements, shapes.regions]) {
        const found = list.filter((shape) => shape.code === code);
        expect(found, code).toHaveLength(1);
        expect(found[0]).toMatchObject({ name, region: code });
      }
    }
    expect(shapes.departements).toHaveLength(101 + COMS.length);
    expect(shapes.regions).toHaveLength(18 + COMS.length);
  });

  it("has paths of absolute coordinates inside the drawing", () => {
    for (const shape of all) {
      expect(shape.d, shape.code).toMatch(/^M/);
      const numbers = shape.d.match(/-?[\d.]+/g)!.map(Number);
      expect(numbers.length % 2, shape.code).toBe(0);
      for (let index = 0; index < numbers.length; index += 2) {
        expect(numbers[index]!, shape.code).toBeGreaterThanOrEqual(0);
        expect(numbers[index]!, shape.code).toBeLessThanOrEqual(shapes.width);
        expect(numbers[index + 1]!, shape.code).toBeGreaterThanOrEqual(0);
        expect(numbers[index + 1]!, shape.code).toBeLessThanOrEqual(shapes.height);
      }
    }
  });

  it("has each centre inside the drawing and inside one of the shape's rings", () => {
    for (const shape of all) {
      const [x, y] = shape.center;
      expect(x >= 0 && x <= shapes.width && y >= 0 && y <= shapes.height, shape.code).toBe(true);
      expect(ringsOf(shape.d).some((ring) => polygonContains(ring, shape.center)), shape.code).toBe(true);
    }
  });

  it("keeps Guadeloupe's islands and Corsica's two départements", () => {
    const guadeloupe = shapes.departements.find((shape) => shape.code === "971")!;
    expect(ringsOf(guadeloupe.d).length).toBe(6);
    expect(shapes.regions.find((shape) => shape.code === "94")?.name).toBe("Corse");
  });

  it("has inset frames inside the drawing, apart from metropolitan France and from each other", () => {
    const codes = new Set(shapes.departements.map((shape) => shape.code));
    const inInsets = new Set(shapes.insets.flatMap((inset) => inset.codes));
    const metroPoints = shapes.departements.filter((shape) => !inInsets.has(shape.code)).flatMap((shape) => ringsOf(shape.d).flat());
    const metro = {
      x0: Math.min(...metroPoints.map(([x]) => x)),
      y0: Math.min(...metroPoints.map(([, y]) => y)),
      x1: Math.max(...metroPoints.map(([x]) => x)),
      y1: Math.max(...metroPoints.map(([, y]) => y)),
    };
    const boxes = shapes.insets.map((inset) => ({ x0: inset.x, y0: inset.y, x1: inset.x + inset.width, y1: inset.y + inset.height }));
    const overlap = (a: typeof metro, b: typeof metro) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    expect(shapes.insets.map((inset) => inset.codes[0])).toEqual(["971", "972", "973", "974", "976", "975", "977", "986", "987", "988"]);
    shapes.insets.forEach((inset, index) => {
      const box = boxes[index]!;
      expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= shapes.width && box.y1 + INSET_LABEL_BAND <= shapes.height, inset.name).toBe(true);
      expect(overlap(box, metro), inset.name).toBe(false);
      boxes.forEach((other, otherIndex) => {
        if (otherIndex !== index) expect(overlap(box, other), `${inset.name} / ${otherIndex}`).toBe(false);
      });
      for (const code of inset.codes) expect(codes.has(code), code).toBe(true);
    });
    expect([...inInsets].sort()).toEqual(["971", "972", "973", "974", "976", ...COMS].sort());
  });
});

describe("the build's pure functions (lib/geo/france-build.ts)", () => {
  it("turns Natural Earth's iso_3166_2 into INSEE département codes", () => {
    expect(inseeCodeFromIso("FR-01")).toBe("01");
    expect(inseeCodeFromIso("FR-2A")).toBe("2A");
    expect(inseeCodeFromIso("FR-2B")).toBe("2B");
    expect(inseeCodeFromIso("FR-95")).toBe("95");
    expect(["GP", "MQ", "GF", "RE", "YT"].map((code) => inseeCodeFromIso(`FR-${code}`))).toEqual(["971", "972", "973", "974", "976"]);
    expect(inseeCodeFromIso("-99-X02~")).toBeNull();
    expect(inseeCodeFromIso("FR-IDF")).toBeNull();
    expect(inseeCodeFromIso("FR-20")).toBeNull();
    expect(inseeCodeFromIso("BE-VAN")).toBeNull();
  });

  it("winds exteriors clockwise in longitude/latitude for d3-geo, holes the other way", () => {
    const counterClockwise: Point[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    const hole: Point[] = [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]];
    const [[exterior, inner]] = rewindForD3([[counterClockwise, hole]]) as [[Point[], Point[]]];
    expect(polygonArea(exterior)).toBeGreaterThan(0);
    expect(polygonArea(inner)).toBeLessThan(0);
  });

  it("rounds to 0.1 px without '.0' or '-0'", () => {
    expect(formatCoordinate(12.345)).toBe("12.3");
    expect(formatCoordinate(12.96)).toBe("13");
    expect(formatCoordinate(-0.01)).toBe("0");
  });

  it("drops points that rounding repeats, the closing point, and rings that collapse", () => {
    expect(roundRing([[0, 0], [0.01, 0.02], [5, 0], [5, 5], [0, 0]])).toEqual([[0, 0], [5, 0], [5, 5]]);
    expect(roundRing([[0, 0], [0.01, 0], [0.02, 0.01], [0, 0]])).toBeNull();
  });

  it("writes SVG paths with exteriors clockwise on screen and holes the other way", () => {
    const square: Point[] = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]];
    const hole: Point[] = [[2, 2], [8, 2], [8, 8], [2, 8], [2, 2]];
    const speck: Point[] = [[20, 20], [20.01, 20], [20, 20.01], [20, 20]];
    const { d, dropped } = pathData([[square, hole], [speck]]);
    expect(dropped).toBe(1);
    const [exterior, inner] = ringsOf(d);
    expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z(M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z)$/);
    expect(polygonArea(exterior!)).toBeLessThan(0);
    expect(polygonArea(inner!)).toBeGreaterThan(0);
  });

  it("lays the inset frames out in a centred row", () => {
    expect(insetRow(3, 70, 8, 300, 500)).toEqual([
      { x: 37, y: 500, width: 70, height: 70 },
      { x: 115, y: 500, width: 70, height: 70 },
      { x: 193, y: 500, width: 70, height: 70 },
    ]);
  });

  it("tells whether a polygon lies within a longitude/latitude box", () => {
    const tahiti: Point[][] = [[[-149.6, -17.8], [-149.2, -17.8], [-149.4, -17.5], [-149.6, -17.8]]];
    expect(within(tahiti, [[-150, -17.95], [-149.1, -17.4]])).toBe(true);
    expect(within(tahiti, [[-149.5, -17.95], [-149.1, -17.4]])).toBe(false);
  });
});
