import { describe, expect, it } from "vitest";
import { DATASET_FORMAT, type FrenchAuthority, type Partnership } from "../model";
import { QueryEngine } from "../query/engine";
import { filtersSchema } from "../query/params";
import { makePartnership } from "../test-support/factories";
import { relatedPartnerships } from "./related";

const DIJON: FrenchAuthority = { name: "Dijon", code: "21231", kind: "commune", departement: "21", region: "27" };
const TOURS: FrenchAuthority = { name: "Tours", code: "37261", kind: "commune", departement: "37", region: "24" };
const MAROC = { name: "Chefchaouen", country: "MA", countryName: "Maroc" };
const ROUMANIE = { name: "Brasov", country: "RO", countryName: "Roumanie" };
const ENV = { theme: "Environnement, Climat et Energie", subTheme: "Eau et déchets", subSubTheme: null };
const CULTURE = { theme: "Culture, patrimoine, sport et jeunesse", subTheme: null, subSubTheme: null };

const engineOf = (partnerships: Partnership[]) =>
  QueryEngine.fromDataset({ format: DATASET_FORMAT, meta: { demo: null, description: "test", updatedAt: "2026-01-01" }, partnerships }, "test");

const noFilters = filtersSchema.parse({
  country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [],
});

// "current" is Dijon – Maroc – environment; every other record shares exactly what its id says.
const DATA = [
  makePartnership({ id: "current", frenchAuthorities: [DIJON], foreignPartners: [MAROC], theme: ENV, startYear: 2020 }),
  ...Array.from({ length: 7 }, (_, i) =>
    makePartnership({ id: `dijon-${i}`, frenchAuthorities: [DIJON], foreignPartners: [ROUMANIE], theme: CULTURE, startYear: 2000 + i }),
  ),
  makePartnership({ id: "maroc", frenchAuthorities: [TOURS], foreignPartners: [MAROC], theme: CULTURE }),
  makePartnership({ id: "env", frenchAuthorities: [TOURS], foreignPartners: [ROUMANIE], theme: ENV }),
  makePartnership({ id: "env-secondary", frenchAuthorities: [TOURS], foreignPartners: [ROUMANIE], theme: CULTURE, otherThemes: [{ ...ENV, priority: 1 }] }),
];

describe("relatedPartnerships", () => {
  const engine = engineOf(DATA);
  const current = DATA[0]!;

  it("lists up to five others per shared authority, country and main theme, without the current one", () => {
    const lists = relatedPartnerships(engine, current, noFilters);
    expect(lists.map((l) => [l.kind, l.heading, l.total, l.query])).toEqual([
      ["authority", "Même collectivité : Dijon", 8, "authority=commune-21231"],
      ["country", "Même pays : Maroc", 2, "country=MA"],
      ["theme", "Même thématique : Environnement, Climat et Energie", 2, "theme=environnement-climat-et-energie"],
    ]);
    const [authority, country, theme] = lists;
    // Default order: most recent start first.
    expect(authority!.items.map((i) => i.id)).toEqual(["dijon-6", "dijon-5", "dijon-4", "dijon-3", "dijon-2"]);
    expect(country!.items.map((i) => i.id)).toEqual(["maroc"]);
    expect(theme!.items.map((i) => i.id)).toEqual(["env"]);
  });

  it("applies the dashboard's filters, replaces a contradicting sub-theme and keeps them in the list query", () => {
    const filters = { ...noFilters, status: "ongoing" as const, subTheme: "eau-et-dechets", themeScope: "any" as const };
    const lists = relatedPartnerships(engine, current, filters);
    expect(lists.find((l) => l.kind === "theme")!.query).toBe("status=ongoing&theme=environnement-climat-et-energie");
    expect(lists.find((l) => l.kind === "country")!.query).toBe("country=MA&status=ongoing&subTheme=eau-et-dechets&themeScope=any");
  });

  it("leaves out a list the partnership has nothing for", () => {
    const bare = makePartnership({ id: "bare", frenchAuthorities: [], foreignPartners: [{ name: "Atlantis", country: null, countryName: "Atlantide" }], theme: null });
    expect(relatedPartnerships(engineOf([bare]), bare, noFilters)).toEqual([]);
  });

  it("leaves out a list whose filter the engine rejects instead of failing the page", () => {
    const filters = { ...noFilters, form: "inconnue" };
    expect(relatedPartnerships(engine, current, filters)).toEqual([]);
  });
});
