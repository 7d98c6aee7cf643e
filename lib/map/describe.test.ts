import { describe, expect, it } from "vitest";
import { describeMap } from "./describe";
import { countryFigures } from "./testFactories";

const countries = [
  countryFigures({ code: "ML", name: "Mali", partnerships: 455, amount: 1_200_000 }),
  countryFigures({ code: "DE", name: "Allemagne", partnerships: 2360, amount: 50_000 }),
  countryFigures({ code: "IT", name: "Italie", partnerships: 730, amount: 0 }),
  countryFigures({ code: "SN", name: "Sénégal", partnerships: 410, amount: 3_000_000 }),
];

describe("describeMap", () => {
  it("names the count, the measure and the three largest countries", () => {
    expect(describeMap(countries, "partnerships", "choropleth")).toBe(
      "Carte des pays partenaires : 4 pays colorés selon le nombre de partenariats ; en tête : " +
        "Allemagne (2\u202f360), Italie (730), Mali (455). Les mêmes chiffres figurent dans la liste des pays.",
    );
  });

  it("formats amounts compactly and describes circles", () => {
    expect(describeMap(countries, "amount", "circles")).toContain("cercles proportionnels au montant déclaré ; en tête : Sénégal (3 M€), Mali (1,2 M€)");
  });

  it("says when no country is left", () => {
    expect(describeMap([], "amount", "circles")).toBe("Carte des pays partenaires : aucun pays pour ces filtres.");
  });
});
