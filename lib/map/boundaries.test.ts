import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CountryCollection } from "./geometry";
import { maxLongitudeJump, ringsOf } from "./geometry";
import { BOUNDARIES_URL, LIGHT_BOUNDARIES_URL, boundariesUrlFor } from "./boundaries";

// The committed assets the map fetches (built by scripts/build-geo.ts): checked, not rebuilt.
const read = (url: string) => readFileSync(path.join(process.cwd(), "public", url), "utf8");
const parse = (url: string) => JSON.parse(read(url)) as CountryCollection;

describe("the two levels of detail", () => {
  it("have the same countries, names and ids", () => {
    const names = (url: string) => parse(url).features.map((country) => `${country.id} ${country.properties.name}`);
    expect(names(LIGHT_BOUNDARIES_URL)).toEqual(names(BOUNDARIES_URL));
  });

  it("the light one is under half the detailed one's size, and drawn at world zooms only", () => {
    expect(read(LIGHT_BOUNDARIES_URL).length).toBeLessThan(read(BOUNDARIES_URL).length / 2);
    expect(boundariesUrlFor(1.75)).toBe(LIGHT_BOUNDARIES_URL);
    expect(boundariesUrlFor(3)).toBe(BOUNDARIES_URL);
  });

  it("are named by a hash of their content (cached as immutable)", () => {
    for (const url of [BOUNDARIES_URL, LIGHT_BOUNDARIES_URL]) {
      const hash = /\.([0-9a-f]{10})\.geo\.json$/.exec(url)?.[1];
      expect(hash, url).toBe(createHash("sha256").update(read(url)).digest("hex").slice(0, 10));
    }
  });
});

describe.each([BOUNDARIES_URL, LIGHT_BOUNDARIES_URL])("public%s", (url) => {
  const collection = parse(url);
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
