import { describe, expect, it } from "vitest";
import { categorizeFinancer } from "./financers";

describe("categorizeFinancer", () => {
  it.each([
    ["Ministère de l'Europe et des Affaires étrangères", "meae"],
    ["MINISTERE DE L’EUROPE ET DES AFFAIRES ETRANGERES", "meae"],
    ["Dijon", "french-authority"],
    ["Collectivités et partenaires étrangers", "foreign-partners"],
    ["Agence française de développement", "other"],
    ["Région Bourgogne-Franche-Comté", "other"],
  ] as const)("%s → %s", (financer, category) => {
    expect(categorizeFinancer(financer, ["Dijon"])).toBe(category);
  });
});
