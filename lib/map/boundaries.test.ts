import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CountryCollection } from "./geometry";
import { maxLongitudeJump, ringsOf } from "./geometry";
import { BOUNDARIES_URL } from "./boundaries";

// The committed asset the map fetches (built by scripts/build-geo.ts): checked, not rebuilt.
const file = path.join(process.cwd(), "public", BOUNDARIES_URL);
const collection = JSON.parse(readFileSync(file, "utf8")) as CountryCollection;

describe(`public${BOUNDARIES_URL}`, () => {
  const ids = collection.features.map((country) => country.id);

  it("has one feature per id, ISO alpha-2 except the two shapes without a code", () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[A-Z]{2}$/.test(id)).sort()).toEqual(["Indian Ocean Ter.", "Siachen Glacier"]);
  });

  it("holds the Atlas's small partner countries, with French names", () => {
    const names = new Map(collection.features.map((country) => [country.id, country.properties.name]));
    for (const code of ["KM", "CV", "ST", "HT", "MU", "SC", "MV", "MT", "SG", "DM", "LC", "MC", "AD", "PS", "XK"]) {
      expect(names.has(code), code).toBe(true);
    }
    expect(names.get("MA")).toBe("Maroc");
    expect(names.get("DE")).toBe("Allemagne");
    expect(names.has("AQ")).toBe(false);
  });

  it("is cut at the antimeridian: no ring jumps over 180° of longitude", () => {
    for (const country of collection.features) expect(maxLongitudeJump(country.geometry), country.id).toBeLessThan(180);
  });

  it("has valid closed rings of at least four positions", () => {
    for (const country of collection.features) {
      for (const ring of ringsOf(country.geometry)) {
        expect(ring.length, country.id).toBeGreaterThanOrEqual(4);
        expect(ring[0], country.id).toEqual(ring.at(-1));
      }
    }
  });
});
