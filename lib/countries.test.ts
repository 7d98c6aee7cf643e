import { describe, expect, it } from "vitest";
import { countryCodeFromName, countryName, countryNameFr } from "./countries";

describe("French country names", () => {
  it.each([
    ["Maroc", "MA"],
    ["Bénin", "BJ"],
    ["benin", "BJ"],
    ["ALLEMAGNE", "DE"],
    ["Burkina Faso", "BF"],
    ["Etats-Unis", "US"],
    ["Côte d'Ivoire", "CI"],
    ["Côte d’Ivoire", "CI"],
    ["Viet Nam", "VN"],
    ["République démocratique du Congo", "CD"],
    ["Roumanie", "RO"],
    ["Territoires palestiniens", "PS"],
  ])("%s → %s", (name, code) => expect(countryCodeFromName(name)).toBe(code));

  it("returns null for a name that is not a country", () => {
    expect(countryCodeFromName("Atlantide")).toBeNull();
  });

  it("names codes in French", () => {
    expect(countryNameFr("MA")).toBe("Maroc");
    expect(countryNameFr("US")).toBe("États-Unis");
  });
});

describe("English country names", () => {
  it("are the short English names of the codes", () => {
    expect(countryName("MA", "en")).toBe("Morocco");
    expect(countryName("US", "en")).toBe("United States");
    expect(countryName("DE", "en", "Allemagne")).toBe("Germany");
  });
  it("leave French to the dataset's own name", () => {
    expect(countryName("DE", "fr", "Allemagne")).toBe("Allemagne");
    expect(countryName("DE", "fr")).toBe("Allemagne");
  });
});
