import { describe, expect, it } from "vitest";
import { makePartnership } from "../test-support/factories";
import { mostFrequentEmbassy } from "./embassy";

const morocco = { name: "Chefchaouen", country: "MA", countryName: "Maroc" };
const senegal = { name: "Dakar", country: "SN", countryName: "Sénégal" };
const at = (post: string | null, partners = [morocco]) =>
  makePartnership({ embassy: post ? { post, contacts: [] } : null, foreignPartners: partners });

describe("the embassy of a partner country", () => {
  it("is the post its partnerships name most often", () => {
    const partnerships = [at("Ambassade de France au Maroc"), at("Consulat général à Fès"), at("Ambassade de France au Maroc"), at(null)];
    expect(mostFrequentEmbassy(partnerships, "MA")).toBe("Ambassade de France au Maroc");
  });

  it("counts partnerships with that country alone first: a multi-country one names another country's post", () => {
    const partnerships = [
      at("Ambassade de France au Sénégal", [morocco, senegal]),
      at("Ambassade de France au Sénégal", [morocco, senegal]),
      at("Ambassade de France au Maroc"),
    ];
    expect(mostFrequentEmbassy(partnerships, "MA")).toBe("Ambassade de France au Maroc");
    // With no single-country partnership, the multi-country ones still answer.
    expect(mostFrequentEmbassy(partnerships.slice(0, 2), "MA")).toBe("Ambassade de France au Sénégal");
  });

  it("breaks ties alphabetically and is null when no partnership names a post", () => {
    expect(mostFrequentEmbassy([at("Poste B"), at("Poste A")], "MA")).toBe("Poste A");
    expect(mostFrequentEmbassy([at(null), at("Ambassade de France au Sénégal", [senegal])], "MA")).toBeNull();
    expect(mostFrequentEmbassy([], "MA")).toBeNull();
  });
});
