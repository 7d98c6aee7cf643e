import { describe, expect, it } from "vitest";
import { DATASET_FORMAT, type Dataset, type Partnership, authorityKey } from "../model";
import { QueryEngine } from "../query/engine";
import { makeFunding, makePartnership } from "../test-support/factories";
import { loadAuthorityProfile } from "./authority";
import { findCountry, loadCountryProfile } from "./country";
import { findTheme, loadThemeProfile } from "./theme";
import { profileTiles } from "./tiles";

const dijon = { name: "Dijon", code: "21231", kind: "commune" as const, departement: "21", region: "27" };
const beaune = { name: "Beaune", code: "21054", kind: "commune" as const, departement: "21", region: "27" };
const lyon = { name: "Métropole de Lyon", code: "200046977", kind: "epci" as const, departement: "69", region: "84" };
const bretagne = { name: "Région Bretagne", code: "53", kind: "region" as const, departement: null, region: "53" };
const dakar = { name: "Dakar", country: "SN", countryName: "Sénégal" };
const thies = { name: "Thiès", country: "SN", countryName: "Sénégal" };
const rabat = { name: "Rabat", country: "MA", countryName: "Maroc" };
const bamako = { name: "Bamako", country: "ML", countryName: "Mali" };
const economy = { theme: "Economie durable", subTheme: "Tourisme", subSubTheme: null };

const partnerships: Partnership[] = [
  makePartnership({ id: "a", frenchAuthorities: [dijon], foreignPartners: [dakar], funding: [makeFunding({ amount: 1000 })] }),
  makePartnership({ id: "b", frenchAuthorities: [beaune, lyon], foreignPartners: [thies], theme: economy, funding: [makeFunding({ amount: 3000 })] }),
  makePartnership({ id: "c", frenchAuthorities: [bretagne], foreignPartners: [dakar, rabat], funding: [] }),
  makePartnership({ id: "d", frenchAuthorities: [dijon], foreignPartners: [rabat], theme: economy, funding: [makeFunding({ amount: 6000 })] }),
  makePartnership({ id: "e", frenchAuthorities: [dijon], foreignPartners: [bamako], funding: [makeFunding({ amount: 2600 })] }),
];
const dataset: Dataset = { format: DATASET_FORMAT, meta: { demo: null, description: "test", updatedAt: "2025-01-01" }, partnerships };
const engine = QueryEngine.fromDataset(dataset, "test");

/** A page's tiles as { id: "value label" }. */
const tilesOf = (tiles: ReturnType<typeof profileTiles>) => Object.fromEntries(tiles.map((tile) => [tile.id, `${tile.value} ${tile.label}`.replace(/\u202f|\u00a0/g, " ")]));
const distinct = <T,>(values: T[]) => new Set(values).size;

describe("a profile page's headline tiles", () => {
  it("count on a country page the French régions and départements of its partnerships, and no partner country", () => {
    const senegal = partnerships.filter((p) => p.foreignPartners.some((f) => f.country === "SN"));
    const authorities = senegal.flatMap((p) => p.frenchAuthorities);
    const regions = distinct(authorities.flatMap((a) => (a.region ? [a.region] : [])));
    const departements = distinct(authorities.flatMap((a) => (a.departement ? [a.departement] : [])));
    expect([regions, departements]).toEqual([3, 2]);
    const tiles = tilesOf(profileTiles(loadCountryProfile(engine, findCountry(engine, "SN")!, {}).base.figures));
    expect(tiles).toEqual({
      partnerships: `${senegal.length} partenariats`,
      "french-authorities": `${distinct(authorities.map(authorityKey))} collectivités françaises`,
      "french-regions": `${regions} régions françaises`,
      departements: `${departements} départements français`,
      // The partnerships' foreign partners, as the dashboard counts them (Rabat is in one of them).
      "foreign-partners": `${distinct(senegal.flatMap((p) => p.foreignPartners.map((f) => f.name)))} partenaires étrangers`,
      funding: "4 000 € de financements déclarés",
    });
    // In English too, and in the singular for one.
    const morocco = tilesOf(profileTiles(loadCountryProfile(engine, findCountry(engine, "MA")!, { theme: "economie-durable" }, "en").base.figures, "en"));
    expect(morocco["french-regions"]).toBe("1 French region");
    expect(morocco.departements).toBe("1 French department");
  });

  it("count on an authority page its partner countries, and not the authority itself", () => {
    const ofDijon = partnerships.filter((p) => p.frenchAuthorities.some((a) => a.code === dijon.code));
    const countries = distinct(ofDijon.flatMap((p) => p.foreignPartners.map((f) => f.country)));
    const tiles = tilesOf(profileTiles(loadAuthorityProfile(engine, authorityKey(dijon), dijon, {}).base.figures));
    expect(Object.keys(tiles)).toEqual(["partnerships", "countries", "foreign-partners", "funding"]);
    expect(tiles.countries).toBe(`${countries} pays partenaires`);
    expect(countries).toBe(3);
    expect(tiles.partnerships).toBe(`${ofDijon.length} partenariats`);
  });

  it("give on a theme page its share of all declared funding, under the page's other filters", () => {
    const amount = (list: Partnership[]) => list.reduce((sum, p) => sum + p.funding.reduce((s, row) => s + row.amount, 0), 0);
    const ofEconomy = partnerships.filter((p) => p.theme?.theme === "Economie durable");
    const theme = findTheme(engine, "economie-durable")!;
    const share = amount(ofEconomy) / amount(partnerships);
    expect(share).toBeCloseTo(0.714, 3);
    expect(tilesOf(profileTiles(loadThemeProfile(engine, theme, {}).base.figures))["amount-share"]).toBe("71,4 % du montant déclaré total");
    // Under a country filter, the share is of that country's funding: 3 000 of Senegal's 4 000 €.
    expect(tilesOf(profileTiles(loadThemeProfile(engine, theme, { country: "SN" }).base.figures))["amount-share"]).toBe("75 % du montant déclaré total");
    expect(tilesOf(profileTiles(loadThemeProfile(engine, theme, {}, "en").base.figures, "en"))["amount-share"]).toBe("71.4% of all declared funding");
  });

  it("leave the share out when nothing is declared to take it of", () => {
    const theme = findTheme(engine, "economie-durable")!;
    // Brittany's one partnership declares no amount.
    const tiles = tilesOf(profileTiles(loadThemeProfile(engine, theme, { frenchRegion: "53" }).base.figures));
    expect(tiles["amount-share"]).toBeUndefined();
    expect(tiles.partnerships).toBe("0 partenariat");
  });
});
