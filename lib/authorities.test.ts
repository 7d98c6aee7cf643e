import { describe, expect, it } from "vitest";
import { frenchAreaNames, officialGeography, resolveFrenchAuthority } from "./authorities";

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

describe("resolveFrenchAuthority overseas", () => {
  const com = (code: string) => ({ kind: "collectivite-outremer", code, departement: code.slice(0, 3), region: code.slice(0, 3) });

  it.each([
    ["Polynésie française", "987"],
    ["POLYNESIE FRANCAISE", "987"],
    ["Gouvernement de la Polynésie française", "987"],
    ["Assemblée de la Polynésie française", "987"],
    ["Nouvelle-Calédonie", "988"],
    ["Nouvelle Caledonie", "988"],
    ["Gouvernement de la Nouvelle-Calédonie", "988"],
    ["Congrès de la Nouvelle-Calédonie", "988"],
    ["Province Sud", "988-sud"],
    ["province sud", "988-sud"],
    ["Province Sud de Nouvelle-Calédonie", "988-sud"],
    ["Province Sud de la Nouvelle-Calédonie", "988-sud"],
    ["Province Sud (Nouvelle-Calédonie)", "988-sud"],
    ["Province Nord", "988-nord"],
    ["Province Nord de Nouvelle-Calédonie", "988-nord"],
    ["Province des îles Loyauté", "988-iles-loyaute"],
    ["Province des Iles Loyauté (Nouvelle-Calédonie)", "988-iles-loyaute"],
    ["Province Îles Loyauté", "988-iles-loyaute"],
    ["Province des Îles", "988-iles-loyaute"],
    ["Wallis-et-Futuna", "986"],
    ["Wallis et Futuna", "986"],
    ["Territoire des îles Wallis et Futuna", "986"],
    ["Territoire des Iles Wallis-et-Futuna", "986"],
    ["Saint-Pierre-et-Miquelon", "975"],
    ["Collectivité territoriale de Saint-Pierre-et-Miquelon", "975"],
    ["Saint-Barthélemy", "977"],
    ["Collectivité de Saint-Barthélemy", "977"],
    ["Collectivité d'outre-mer de Saint-Barthélemy", "977"],
    ["Collectivité de Saint-Martin", "978"],
    ["Conseil territorial de Saint-Martin", "978"],
  ])("%s → collectivité d'outre-mer %s", (name, code) => {
    expect(resolveFrenchAuthority(name)).toEqual({ name, ...com(code) });
  });

  it("resolves a bare Saint-Martin or Saint-Barthélemy to the collectivity, and the commune only when named as one", () => {
    // The most-populous rule already chose the Antilles' over the metropolitan homonyms (Gers, Hautes-Pyrénées…).
    expect(resolveFrenchAuthority("Saint-Martin")).toMatchObject(com("978"));
    expect(resolveFrenchAuthority("Ville de Saint-Martin")).toMatchObject({ kind: "commune", code: "97801", departement: "978", region: "978" });
    expect(resolveFrenchAuthority("Commune de Saint-Barthélemy")).toMatchObject({ kind: "commune", code: "97701" });
  });

  it.each([
    ["Nouméa", "98818", "988"],
    ["Papeete", "98735", "987"],
    ["Le Mont-Dore", "98817", "988"],
    ["Miquelon-Langlade", "97501", "975"],
    ["Uvea", "98613", "986"],
    // The most populous Saint-Pierre is La Réunion's (85,000 inhabitants to 5,000 in Saint-Pierre-et-Miquelon).
    ["Saint-Pierre", "97416", "974"],
  ])("keeps the commune %s → %s", (name, code, departement) => {
    expect(resolveFrenchAuthority(name)).toMatchObject({ kind: "commune", code, departement });
  });

  it("leaves régions, départements and unknown names that share a prefix with overseas ones as they were", () => {
    expect(resolveFrenchAuthority("Collectivité de Corse")).toMatchObject({ kind: "region", code: "94" });
    expect(resolveFrenchAuthority("Collectivité territoriale de Guyane")).toMatchObject({ kind: "region", code: "03" });
    expect(resolveFrenchAuthority("Territoire de Belfort")).toMatchObject({ kind: "departement", code: "90" });
    expect(resolveFrenchAuthority("Pays de la Loire")).toMatchObject({ kind: "region", code: "52" });
    for (const name of ["Mata-Utu", "Province", "Province Sud de Bretagne", "Terres australes et antarctiques françaises"]) {
      expect(resolveFrenchAuthority(name), name).toMatchObject({ kind: null, code: null });
    }
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

  it("lists the six overseas collectivities the COG gives and New Caledonia's three provinces, not the TAAF or Clipperton", () => {
    expect(officialGeography().overseas.map((a) => `${a.code} ${a.name}`)).toEqual([
      "975 Saint-Pierre-et-Miquelon", "977 Saint-Barthélemy", "978 Saint-Martin", "986 Wallis et Futuna",
      "987 Polynésie française", "988 Nouvelle-Calédonie",
      "988-sud Province Sud", "988-nord Province Nord", "988-iles-loyaute Province des îles Loyauté",
    ]);
  });
});

describe("frenchAreaNames", () => {
  it("tells the overseas collectivities' codes apart from the départements and régions the COG files them with", () => {
    const areas = frenchAreaNames();
    expect(areas.overseas.get("987")).toBe("Polynésie française");
    expect(areas.regions.get("987")).toBe("Polynésie française");
    expect(areas.overseas.has("988-sud")).toBe(false);
    expect(areas.overseas.has("984")).toBe(false);
    expect(areas.overseas.has("974")).toBe(false);
  });
});
