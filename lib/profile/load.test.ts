import { describe, expect, it } from "vitest";
import { DATASET_FORMAT, type Dataset } from "../model";
import { QueryEngine } from "../query/engine";
import { makeFunding, makePartnership } from "../test-support/factories";
import { loadAuthorityProfile } from "./authority";
import { findCountry, loadCountryProfile } from "./country";
import { profileMetadata } from "./metadata";
import { profileSuggestions } from "./suggestions";
import { findTheme, loadThemeProfile } from "./theme";

const dijon = { name: "Dijon", code: "21231", kind: "commune" as const, departement: "21", region: "27" };
const lyon = { name: "Métropole de Lyon", code: "200046977", kind: "epci" as const, departement: "69", region: "84" };
const dakar = { name: "Dakar", country: "SN", countryName: "Sénégal" };
const economy = { theme: "Economie durable", subTheme: "Tourisme", subSubTheme: null };

const dataset: Dataset = {
  format: DATASET_FORMAT,
  meta: { demo: null, description: "test", updatedAt: "2025-01-01" },
  partnerships: [
    makePartnership({ id: "a", startYear: 2015, embassy: { post: "Ambassade de France au Maroc", contacts: [] }, funding: [makeFunding({ amount: 1000, year: 2016 })] }),
    makePartnership({ id: "b", startYear: 2018, theme: economy, frenchAuthorities: [dijon, lyon], funding: [makeFunding({ amount: 500, year: 2018, category: "other", financer: "AFD" })] }),
    makePartnership({ id: "c", startYear: 2019, frenchAuthorities: [lyon], foreignPartners: [dakar] }),
  ],
};
const engine = QueryEngine.fromDataset(dataset, "test");

describe("a country profile", () => {
  const morocco = findCountry(engine, "ma")!;

  it("finds a partner country by its code in any case, and no other", () => {
    expect(morocco).toMatchObject({ code: "MA", name: "Maroc" });
    expect(findCountry(engine, "FR")).toBeNull();
    expect(findCountry(engine, "ZZ")).toBeNull();
  });

  it("applies the dashboard's filters plus the country, and links back with the user's query", () => {
    const profile = loadCountryProfile(engine, morocco, { theme: "environnement-climat-et-energie", country: "SN", map: "amount" });
    expect(profile.base.query).toBe("country=SN&map=amount&theme=environnement-climat-et-energie");
    expect(profile.base.scope.query).toBe("country=MA&map=amount&theme=environnement-climat-et-energie");
    expect(profile.base.summary.partnerships).toBe(1);
    expect(profile.base.subtitle).toBe("Filtres du tableau de bord appliqués : Environnement, Climat et Energie");
    expect(profile.partnerships.items.map((p) => p.id)).toEqual(["a"]);
    expect(profile.embassy).toBe("Ambassade de France au Maroc");
    expect(profile.region).toBe("Afrique du Nord et Moyen-Orient");
    // The map is a facet: the other countries under the other filters stay on it.
    expect(profile.mapCountries.map((c) => c.code).sort()).toEqual(["MA", "SN"]);
    expect(loadCountryProfile(engine, morocco, { theme: "economie-durable" }).mapCountries.map((c) => c.code)).toEqual(["MA"]);
  });

  it("draws every year from the first funding to the last, with the partnerships active", () => {
    const { years } = loadCountryProfile(engine, morocco, {});
    expect(years.columns.map((c) => [c.year, c.total])).toEqual([[2016, 1000], [2017, 0], [2018, 500]]);
  });

  it("ignores a filter value the dataset does not know, and says so", () => {
    const profile = loadCountryProfile(engine, morocco, { theme: "inconnue", yearFrom: "deux-mille" });
    expect(profile.base.issues.map((i) => i.param).sort()).toEqual(["theme", "yearFrom"]);
    expect(profile.base.summary.partnerships).toBe(2);
    expect(profile.base.query).toBe("");
  });
});

describe("an authority profile", () => {
  it("ranks its partner countries and gives its identity", () => {
    const key = "epci-200046977";
    const profile = loadAuthorityProfile(engine, key, engine.authority(key)!, {});
    expect(profile.kind).toBe("Intercommunalité (EPCI)");
    expect(profile.facts.find((f) => f.label === "SIREN")?.value).toBe("200046977");
    expect(profile.base.summary.partnerships).toBe(2);
    expect(profile.countryRanking.map((r) => r.key).sort()).toEqual(["MA", "SN"]);
    expect(profile.base.scope.query).toBe("authority=epci-200046977");
  });
});

describe("a theme profile", () => {
  it("breaks the theme down by sub-theme and country, whatever sub-theme the dashboard had", () => {
    const theme = findTheme(engine, "economie-durable")!;
    expect(findTheme(engine, "inconnue")).toBeNull();
    const profile = loadThemeProfile(engine, theme, { subTheme: "eau-et-dechets" });
    expect(profile.base.scope.query).toBe("theme=economie-durable");
    expect(profile.subThemes).toEqual([{ key: "tourisme", label: "Tourisme", partnerships: 1, amount: 500 }]);
    expect(profile.countries.map((r) => r.key)).toEqual(["MA"]);
  });
});

describe("an unknown profile", () => {
  it("suggests pages of its kind that exist, most partnerships first", () => {
    expect(profileSuggestions(engine, "country")).toEqual([{ href: "/pays/MA", label: "Maroc" }, { href: "/pays/SN", label: "Sénégal" }]);
    expect(profileSuggestions(engine, "authority").map((link) => link.href).sort()).toEqual(["/collectivites/commune-21231", "/collectivites/epci-200046977"]);
    expect(profileSuggestions(engine, "theme")).toEqual(engine.meta().themes.map((theme) => ({ href: `/thematiques/${theme.key}`, label: theme.label })));
  });

  it("is titled as its kind's 404, a known one by its name", () => {
    expect(profileMetadata("country", null)).toEqual({ title: "Pays introuvable" });
    expect(profileMetadata("authority", null)).toEqual({ title: "Collectivité introuvable" });
    expect(profileMetadata("theme", { name: "Economie durable", description: "…" })).toEqual({ title: "Economie durable : coopération décentralisée", description: "…" });
  });
});
