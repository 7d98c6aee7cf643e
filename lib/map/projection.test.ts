import { readFileSync } from "node:fs";
import path from "node:path";
import { geoArea } from "d3";
import { describe, expect, it } from "vitest";
import { BOUNDARIES_URL } from "./boundaries";
import type { CountryCollection } from "./geometry";
import { REGION_BOXES } from "./framing";
import { boxProjection, worldProjection } from "./projection";

const collection = JSON.parse(readFileSync(path.join(process.cwd(), "public", BOUNDARIES_URL), "utf8")) as CountryCollection;

describe("worldProjection", () => {
  const { projection, path: toPath, height } = worldProjection(800);

  it("spans the width with all longitudes, from Svalbard down to Cape Horn", () => {
    expect(projection([-180, 0])?.[0]).toBeCloseTo(0);
    expect(projection([180, 0])?.[0]).toBeCloseTo(800);
    expect(height).toBe(418);
    const paris = projection([2.35, 48.85])!;
    expect(paris[0]).toBeGreaterThan(400);
    expect(paris[1]).toBeGreaterThan(0);
    expect(paris[1]).toBeLessThan(height / 2);
  });

  it("gets rings wound as d3-geo expects: every shape smaller than a hemisphere", () => {
    for (const country of collection.features) expect(geoArea(country), country.id).toBeLessThan(2 * Math.PI);
  });

  it("draws no stripe across the map: no segment spans a third of the width (Russia, Fiji)", () => {
    for (const country of collection.features) {
      for (const ring of (toPath(country) ?? "").split("M").filter(Boolean)) {
        const xs = ring.replace(/Z/g, "").split("L").map((point) => Number(point.split(",")[0]));
        for (let i = 1; i < xs.length; i++) expect(Math.abs(xs[i]! - xs[i - 1]!), country.id).toBeLessThan(800 / 3);
      }
    }
  });
});

describe("boxProjection", () => {
  const inFrame = ([x, y]: [number, number], width: number, height: number) => x >= 0 && x <= width && y >= 0 && y <= height;

  it("draws a region's box over the frame, centred, at most three quarters as tall as wide", () => {
    for (const [name, box] of Object.entries(REGION_BOXES)) {
      const { projection, height } = boxProjection(800, box);
      expect(height, name).toBeLessThanOrEqual(600);
      const [[south, west], [north, east]] = box;
      const [left, top] = projection([west, north])!;
      const [right, bottom] = projection([east, south])!;
      // The box touches two opposite edges and is centred between the other two.
      const touchesSides = Math.abs(left) < 0.5 && Math.abs(right - 800) < 0.5;
      const touchesEnds = Math.abs(top) < 0.5 && Math.abs(bottom - height) < 0.5;
      expect(touchesSides || touchesEnds, name).toBe(true);
      expect(left + right, name).toBeCloseTo(800, 0);
    }
  });

  it("makes Europe several times larger than on the world map, and leaves Dakar out of it", () => {
    const europe = boxProjection(800, REGION_BOXES.europe);
    const world = worldProjection(800);
    const span = (projection: typeof world.projection) => projection([23, 52])![0] - projection([5, 52])![0];
    expect(span(europe.projection) / span(world.projection)).toBeGreaterThan(3);
    expect(inFrame(europe.projection([13.4, 52.5])!, 800, europe.height)).toBe(true);
    expect(inFrame(europe.projection([-17.4, 14.7])!, 800, europe.height)).toBe(false);
  });
});
