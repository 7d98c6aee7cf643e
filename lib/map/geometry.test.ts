import type { Polygon } from "geojson";
import { feature } from "topojson-client";
import atlas110 from "world-atlas/countries-110m.json";
import atlas50 from "world-atlas/countries-50m.json";
import { describe, expect, it } from "vitest";
import {
  type CountryCollection,
  type WorldAtlasTopology,
  countriesFromTopology,
  countryIdOf,
  cutAntimeridian,
  maxLongitudeJump,
  ringsOf,
} from "./geometry";

const topology50 = atlas50 as unknown as WorldAtlasTopology;
const topology110 = atlas110 as unknown as WorldAtlasTopology;

describe("countryIdOf (world-atlas ids → ISO alpha-2)", () => {
  it.each([
    ["504", "MA"], ["250", "FR"], ["076", "BR"], ["174", "KM"], ["132", "CV"], ["678", "ST"], ["332", "HT"],
  ])("%s → %s", (numeric, alpha2) => expect(countryIdOf(numeric, "")).toBe(alpha2));

  it("accepts unpadded numbers", () => expect(countryIdOf(76, "Brazil")).toBe("BR"));

  it("maps the shapes without id: Kosovo to XK, Somaliland and N. Cyprus to their recognised state, others by name", () => {
    expect(countryIdOf(undefined, "Kosovo")).toBe("XK");
    expect(countryIdOf(undefined, "Somaliland")).toBe("SO");
    expect(countryIdOf(undefined, "N. Cyprus")).toBe("CY");
    expect(countryIdOf(undefined, "Siachen Glacier")).toBe("Siachen Glacier");
  });

  it("maps every numbered world-atlas shape (110m and 50m) to an ISO code", () => {
    for (const topology of [topology110, topology50]) {
      for (const geometry of topology.objects.countries.geometries) {
        if (geometry.id !== undefined) expect(countryIdOf(geometry.id, "")).toMatch(/^[A-Z]{2}$/);
      }
    }
  });
});

describe("countriesFromTopology", () => {
  const countries = countriesFromTopology(topology50);
  const byId = new Map(countries.features.map((country) => [country.id, country]));

  it("gives one feature per id (Australia + Ashmore Is., Somalia + Somaliland merged)", () => {
    const ids = countries.features.map((country) => country.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(topology50.objects.countries.geometries.length - 3);
    expect(byId.get("SO")?.properties.name).toBe("Somalia");
    expect(byId.get("AU")?.properties.name).toBe("Australia");
  });

  it("names features through nameOf", () => {
    const named = countriesFromTopology(topology110, (id) => `pays ${id}`);
    expect(named.features.find((country) => country.id === "MA")?.properties.name).toBe("pays MA");
  });

  it("includes the small partner countries that 110m lacks", () => {
    for (const code of ["KM", "CV", "ST", "MU", "SC", "MT", "SG", "DM", "LC"]) expect(byId.has(code), code).toBe(true);
  });
});

describe("cutAntimeridian", () => {
  const raw: CountryCollection = countriesFromTopology(topology50);
  const cut = cutAntimeridian(raw);
  const rawOf = (id: string) => raw.features.find((country) => country.id === id)!.geometry;
  const cutOf = (id: string) => cut.features.find((country) => country.id === id)!.geometry;

  it("raw world-atlas Russia and Fiji have rings jumping over 180° of longitude", () => {
    expect(maxLongitudeJump(rawOf("RU"))).toBeGreaterThan(180);
    expect(maxLongitudeJump(rawOf("FJ"))).toBeGreaterThan(180);
  });

  it("leaves no jump over 180° in any country once cut", () => {
    for (const country of cut.features) expect(maxLongitudeJump(country.geometry), country.id).toBeLessThan(180);
  });

  it("keeps coordinates as [lon, lat] degrees inside the world", () => {
    const positions = cut.features.flatMap((country) => ringsOf(country.geometry).flat());
    expect(Math.max(...positions.map(([lon]) => Math.abs(lon!)))).toBeLessThanOrEqual(180 + 1e-9);
    expect(Math.max(...positions.map(([, lat]) => Math.abs(lat!)))).toBeLessThanOrEqual(90 + 1e-9);
    // Latitude is not flipped: Paris-side France is north, Russia's north coast above 70°N.
    const [lon, lat] = ringsOf(cutOf("FR"))[0]![0]!;
    expect(Math.abs(lon!)).toBeLessThan(180);
    expect(lat).toBeGreaterThan(-90);
    expect(Math.max(...ringsOf(cutOf("RU")).flat().map(([, y]) => y!))).toBeGreaterThan(70);
  });

  it("puts Russia on both sides of the antimeridian, with points on the cut", () => {
    const lons = ringsOf(cutOf("RU")).flat().map(([lon]) => lon!);
    expect(Math.max(...lons)).toBeCloseTo(180, 5);
    expect(Math.min(...lons)).toBeCloseTo(-180, 5);
  });

  it("keeps holes as holes (Lesotho inside South Africa)", () => {
    const za = cutOf("ZA");
    const polygons = za.type === "Polygon" ? [za.coordinates] : za.coordinates;
    expect(polygons.some((polygon) => polygon.length === 2)).toBe(true);
  });

  it("works on a single square away from the antimeridian without moving it", () => {
    const square: Polygon = { type: "Polygon", coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] };
    const one = cutAntimeridian({ type: "FeatureCollection", features: [{ type: "Feature", id: "XX", properties: { name: "x" }, geometry: square }] });
    const geometry = one.features[0]!.geometry;
    expect(geometry.type).toBe("Polygon");
    expect(ringsOf(geometry)).toHaveLength(1);
    // "+ 0" turns the -0 of the y flip into 0 for toEqual.
    const points = ringsOf(geometry)[0]!.map(([x, y]) => [Math.round(x!) + 0, Math.round(y!) + 0]);
    expect(points).toEqual(expect.arrayContaining([[0, 0], [0, 10], [10, 10], [10, 0]]));
  });
});

// Keep topojson-client's own conversion in sight: the raw 110m Russia ring already has the jump.
it("world-atlas 110m Russia (raw) crosses the antimeridian too", () => {
  const russia = topology110.objects.countries.geometries.find((geometry) => geometry.id === "643")!;
  if (russia.type !== "MultiPolygon") throw new Error("Russia is a MultiPolygon in world-atlas");
  expect(maxLongitudeJump(feature(topology110, russia).geometry)).toBeGreaterThan(180);
});
