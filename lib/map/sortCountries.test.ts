import { describe, expect, it } from "vitest";
import { countryFigures } from "./testFactories";
import { defaultDirection, sortCountries } from "./sortCountries";

const countries = [
  countryFigures({ code: "ML", name: "Mali", partnerships: 410, amount: 0, frenchAuthorities: 90 }),
  countryFigures({ code: "DE", name: "Allemagne", partnerships: 2360, amount: 5_000, frenchAuthorities: 1200 }),
  countryFigures({ code: "EG", name: "Égypte", partnerships: 20, amount: 900_000, frenchAuthorities: 12 }),
  countryFigures({ code: "SN", name: "Sénégal", partnerships: 410, amount: 120_000, frenchAuthorities: 95 }),
];
const codes = (list: { code: string }[]) => list.map((country) => country.code);

describe("sortCountries", () => {
  it("sorts by partnerships, largest first, ties by French name", () => {
    expect(codes(sortCountries(countries, "partnerships", "descending"))).toEqual(["DE", "ML", "SN", "EG"]);
  });

  it("sorts names in French order (É with E)", () => {
    expect(codes(sortCountries(countries, "name", "ascending"))).toEqual(["DE", "EG", "ML", "SN"]);
    expect(codes(sortCountries(countries, "name", "descending"))).toEqual(["SN", "ML", "EG", "DE"]);
  });

  it("sorts by amount and by French authorities, both directions", () => {
    expect(codes(sortCountries(countries, "amount", "ascending"))).toEqual(["ML", "DE", "SN", "EG"]);
    expect(codes(sortCountries(countries, "frenchAuthorities", "descending"))).toEqual(["DE", "SN", "ML", "EG"]);
  });

  it("does not mutate its input", () => {
    const before = codes(countries);
    sortCountries(countries, "amount", "descending");
    expect(codes(countries)).toEqual(before);
  });

  it("starts names ascending and figures descending", () => {
    expect(defaultDirection("name")).toBe("ascending");
    expect(defaultDirection("amount")).toBe("descending");
  });
});
