import { describe, expect, it } from "vitest";
import { charsThatFit, truncateLabel } from "./truncate";

describe("truncateLabel", () => {
  it.each([
    ["Maroc", 10, "Maroc"],
    ["Sénégal", 7, "Sénégal"],
    ["Coopération décentralisée", 12, "Coopération…"],
    ["Eau, assainissement et déchets", 10, "Eau…"],
    ["Région Nouvelle-Aquitaine", 23, "Région Nouvelle…"],
    ["Communauté d'agglomération du Grand Besançon", 20, "Communauté…"],
    ["Coopération décentralisée", 20, "Coopération…"],
    ["Burkina Faso", 8, "Burkina…"],
    ["Anticonstitutionnellement", 8, "Anticon…"],
    ["abc", 1, "…"],
  ])("%s at %i characters → %s", (label, max, expected) => {
    expect(truncateLabel(label, max)).toBe(expected);
    expect(Array.from(truncateLabel(label, max)).length).toBeLessThanOrEqual(max);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(truncateLabel("🇲🇦🇲🇦", 4)).toBe("🇲🇦🇲🇦");
  });
});

describe("charsThatFit", () => {
  it("estimates about 0.55 em per character, at least one", () => {
    expect(charsThatFit(143, 13)).toBe(20);
    expect(charsThatFit(1, 13)).toBe(1);
  });
});
