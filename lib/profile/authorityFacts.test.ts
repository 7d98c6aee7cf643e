import { describe, expect, it } from "vitest";
import type { FrenchAuthority } from "../model";
import { authorityFacts, authorityKindLabel } from "./authorityFacts";

const areas = {
  departements: new Map([["75", "Paris"], ["33", "Gironde"]]),
  regions: new Map([["11", "Île-de-France"], ["75", "Nouvelle-Aquitaine"], ["988", "Nouvelle-Calédonie"]]),
  overseas: new Map([["988", "Nouvelle-Calédonie"]]),
};
const authority = (overrides: Partial<FrenchAuthority>): FrenchAuthority => ({ name: "Paris", code: "75056", kind: "commune", departement: "75", region: "11", ...overrides });

describe("an authority's identity card", () => {
  it("gives a commune's kind, INSEE code, département and région", () => {
    expect(authorityFacts(authority({}), areas)).toEqual([
      { label: "Type", value: "Commune" },
      { label: "Code INSEE", value: "75056" },
      { label: "Département", value: "Paris (75)" },
      { label: "Région", value: "Île-de-France" },
    ]);
  });

  it("gives an EPCI's SIREN", () => {
    const facts = authorityFacts(authority({ name: "Bordeaux Métropole", kind: "epci", code: "243300316", departement: "33", region: "75" }), areas);
    expect(facts.slice(0, 2)).toEqual([{ label: "Type", value: "Intercommunalité (EPCI)" }, { label: "SIREN", value: "243300316" }]);
  });

  it("does not repeat a département or a région as where it lies", () => {
    expect(authorityFacts(authority({ name: "Gironde", kind: "departement", code: "33", departement: "33", region: "75" }), areas).map((f) => f.label)).toEqual(["Type", "Code INSEE", "Région"]);
    expect(authorityFacts(authority({ name: "Île-de-France", kind: "region", code: "11", departement: null, region: "11" }), areas).map((f) => f.label)).toEqual(["Type", "Code INSEE"]);
  });

  it("says when a name could not be matched, with no code", () => {
    const facts = authorityFacts(authority({ name: "Syndicat des eaux", kind: null, code: null, departement: null, region: null }), areas);
    expect(facts).toEqual([{ label: "Type", value: "Collectivité non identifiée" }]);
    expect(authorityKindLabel({ kind: "region" })).toBe("Région");
  });

  it("names an overseas collectivity once rather than as a département and a région, and not on its own card", () => {
    const noumea = authority({ name: "Nouméa", code: "98818", departement: "988", region: "988" });
    expect(authorityFacts(noumea, areas).slice(2)).toEqual([{ label: "Collectivité d'outre-mer", value: "Nouvelle-Calédonie (988)" }]);
    const territory = authority({ name: "Nouvelle-Calédonie", kind: "collectivite-outremer", code: "988", departement: "988", region: "988" });
    expect(authorityFacts(territory, areas)).toEqual([{ label: "Type", value: "Collectivité d'outre-mer" }, { label: "Code INSEE", value: "988" }]);
  });

  it("does not call a New Caledonian province's code an INSEE code", () => {
    const province = authority({ name: "Province Sud", kind: "collectivite-outremer", code: "988-sud", departement: "988", region: "988" });
    expect(authorityFacts(province, areas)).toEqual([
      { label: "Type", value: "Collectivité d'outre-mer" },
      { label: "Code", value: "988-sud" },
      { label: "Collectivité d'outre-mer", value: "Nouvelle-Calédonie (988)" },
    ]);
  });

  it("shows a code without a known name as it is", () => {
    expect(authorityFacts(authority({ departement: "99", region: "98" }), areas).slice(2)).toEqual([
      { label: "Département", value: "99" },
      { label: "Région", value: "98" },
    ]);
  });
});
