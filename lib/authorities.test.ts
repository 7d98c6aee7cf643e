import { describe, expect, it } from "vitest";
import { officialGeography, resolveFrenchAuthority } from "./authorities";

describe("resolveFrenchAuthority", () => {
  it.each([
    ["Dijon", "commune", "21231", "21", "27"],
    ["Ville de Paris", "commune", "75056", "75", "11"],
    ["Région Bretagne", "region", "53", null, "53"],
    ["Région Île-de-France", "region", "11", null, "11"],
    ["Conseil départemental de la Gironde", "departement", "33", "33", "75"],
    ["Département du Nord", "departement", "59", "59", "32"],
    ["Métropole de Lyon", "epci", "200046977", "69", "84"],
    ["Dijon Métropole", "epci", "242100410", "21", "27"],
    ["Échirolles", "commune", "38151", "38", "84"],
    ["juvisy sur orge", "commune", "91326", "91", "11"],
  ])("%s → %s %s", (name, kind, code, departement, region) => {
    expect(resolveFrenchAuthority(name)).toEqual({ name, kind, code, departement, region });
  });

  it("keeps an unresolvable name with null code and kind rather than guessing", () => {
    expect(resolveFrenchAuthority("Grand Lyon (Métropole de Lyon) et Ville de Lyon")).toEqual({
      name: "Grand Lyon (Métropole de Lyon) et Ville de Lyon",
      code: null,
      kind: null,
      departement: null,
      region: null,
    });
  });
});

describe("officialGeography", () => {
  it("lists the current régions, départements, communes and EPCI", () => {
    const geo = officialGeography();
    expect(geo.regions).toHaveLength(18);
    expect(geo.departements.length).toBeGreaterThanOrEqual(101);
    expect(geo.communes.length).toBeGreaterThan(34_000);
    expect(geo.epci.length).toBeGreaterThan(1_200);
  });
});
