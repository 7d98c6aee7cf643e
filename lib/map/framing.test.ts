import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BOUNDARIES_URL } from "./boundaries";
import type { LatLngBox } from "./focus";
import { countryFocusBounds } from "./focus";
import { MAP_FRAMINGS, REGION_BOXES, WORLD_BOX, dataBounds, framingBox } from "./framing";
import type { CountryCollection } from "./geometry";

const boundaries = JSON.parse(readFileSync(path.join(process.cwd(), "public", BOUNDARIES_URL), "utf8")) as CountryCollection;
const shape = (code: string) => boundaries.features.find((feature) => feature.id === code)!;
/** Whether a [lat, lng] point is in a box. */
const holds = ([[south, west], [north, east]]: LatLngBox, [lat, lng]: [number, number]) => south <= lat && lat <= north && west <= lng && lng <= east;
/** Whether a box holds another whole. */
const within = (outer: LatLngBox, [southWest, northEast]: LatLngBox) => holds(outer, southWest) && holds(outer, northEast);
/** A country as the map zooms on it: its land and near islands (lib/map/focus.ts). */
const land = (code: string) => countryFocusBounds(shape(code).geometry, 15, 0);

describe("the map's framings", () => {
  it("are the world and four regions, each a box within the world", () => {
    expect(MAP_FRAMINGS).toEqual(["world", "europe", "africa", "americas", "asia-oceania"]);
    for (const [name, box] of Object.entries(REGION_BOXES)) {
      const [[south, west], [north, east]] = box;
      expect(south, name).toBeLessThan(north);
      expect(west, name).toBeLessThan(east);
      expect(within(WORLD_BOX, box), name).toBe(true);
    }
  });

  it("hold their partner countries whole, and not the other regions' ones", () => {
    const partners = {
      europe: ["DE", "PL", "PT", "RO", "IE", "GR", "CY"],
      africa: ["SN", "MA", "TN", "MG", "ZA", "CV", "BF"],
      americas: ["HT", "MX", "BR", "AR", "CL", "CU"],
      "asia-oceania": ["VN", "JP", "IN", "LB", "AU", "NZ", "KH"],
    } as const;
    for (const [region, codes] of Object.entries(partners)) {
      for (const code of codes) expect(within(REGION_BOXES[region as keyof typeof partners], land(code)), `${code} in ${region}`).toBe(true);
    }
    expect(holds(REGION_BOXES.europe, [14.7, -17.4]), "Dakar in Europe").toBe(false);
    expect(holds(REGION_BOXES.africa, [52.5, 13.4]), "Berlin in Africa").toBe(false);
    expect(holds(REGION_BOXES["asia-oceania"], [48.9, 2.35]), "Paris in Asia").toBe(false);
    expect(holds(REGION_BOXES.americas, [48.9, 2.35]), "Paris in the Americas").toBe(false);
  });

  it("frame a region on its box, whatever the data", () => {
    expect(framingBox("europe", ["SN", "JP"], boundaries)).toEqual(REGION_BOXES.europe);
    expect(framingBox("world", ["DE"], boundaries)).toEqual(dataBounds(["DE"], boundaries));
  });
});

describe("the default framing: every country with data at the largest zoom that fits", () => {
  it("is the whole world when no country has data", () => {
    expect(dataBounds([], boundaries)).toEqual(WORLD_BOX);
    expect(dataBounds(["nowhere"], boundaries)).toEqual(WORLD_BOX);
  });

  it("closes in on European partners, France without French Guiana", () => {
    const box = dataBounds(["DE", "FR", "IT", "PL"], boundaries);
    expect(within(REGION_BOXES.europe, box)).toBe(true);
    for (const code of ["DE", "FR", "IT", "PL"]) expect(within(box, land(code)), code).toBe(true);
    const [[south, west], [north, east]] = box;
    expect(north - south).toBeLessThan(25);
    expect(east - west).toBeLessThan(40);
  });

  it("spans partners far apart, and stays within the world's edges", () => {
    const [[south, west], [north, east]] = dataBounds(["SN", "JP", "RU", "NZ"], boundaries);
    expect(west).toBeLessThan(-17);
    expect(east).toBeLessThanOrEqual(180);
    expect(east).toBeGreaterThan(170);
    expect(south).toBeLessThan(-46);
    expect(north).toBe(WORLD_BOX[1][0]);
  });
});
