import { describe, expect, it } from "vitest";
import { countryCodeFromName, countryNameFr } from "./countries";

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
