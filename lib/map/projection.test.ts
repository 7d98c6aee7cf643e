import { readFileSync } from "node:fs";
import path from "node:path";
import { geoArea } from "d3";
import { describe, expect, it } from "vitest";
import { BOUNDARIES_URL } from "./boundaries";
import type { CountryCollection } from "./geometry";
import { worldProjection } from "./projection";

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
