import { describe, expect, it } from "vitest";
import { isLinkable, rankByPartnerships } from "./ranking";
import { rankNote, seeAllLabel, themeChartTitle } from "./labels";

describe("ranking tables", () => {
  const byPartnerships = [
    { key: "commune-75056", label: "Paris", value: 19, partnerships: 19 },
    { key: "none", label: "Non renseigné", value: 9, partnerships: 9 },
    { key: "commune-69123", label: "Lyon", value: 6, partnerships: 6 },
    { key: "others", label: "Autres (240)", value: 331, partnerships: 331 },
  ];
  const byAmount = [
    { key: "commune-69123", label: "Lyon", value: 5000, partnerships: 6 },
    { key: "commune-75056", label: "Paris", value: 1200, partnerships: 19 },
  ];

  it("keeps the first groups by partnerships, with their amounts, without the rest", () => {
    expect(rankByPartnerships(byPartnerships, byAmount, 15)).toEqual([
      { key: "commune-75056", label: "Paris", partnerships: 19, amount: 1200 },
      { key: "none", label: "Non renseigné", partnerships: 9, amount: 0 },
      { key: "commune-69123", label: "Lyon", partnerships: 6, amount: 5000 },
    ]);
    expect(rankByPartnerships(byPartnerships, byAmount, 1).map((r) => r.key)).toEqual(["commune-75056"]);
  });

  it("links real groups only", () => {
    expect(isLinkable("commune-75056")).toBe(true);
    expect(isLinkable("none")).toBe(false);
    expect(isLinkable("others")).toBe(false);
  });
});

describe("the link to every partnership", () => {
  it.each([
    [0, null],
    [1, "Voir le partenariat"],
    [71, "Voir les 71 partenariats"],
    [1234, "Voir les 1\u202f234 partenariats"],
  ])("%i partnerships → %s", (count, label) => {
    expect(seeAllLabel(count)).toBe(label);
  });
});

describe("the note of a top-N table", () => {
  it("says how it was cut, or only its order when nothing was left out", () => {
    expect(rankNote(15, 69, "collectivités", true)).toBe("Les 15 premières collectivités sur 69, par nombre de partenariats.");
    expect(rankNote(15, 88, "pays", false)).toBe("Les 15 premiers pays sur 88, par nombre de partenariats.");
    expect(rankNote(3, 3, "pays", false)).toBe("Par nombre de partenariats.");
  });
});

describe("the theme chart's title", () => {
  it("names the level it shows", () => {
    expect(themeChartTitle("theme")).toEqual({ title: "Financements déclarés par thématique", column: "Thématique" });
    expect(themeChartTitle("subTheme")).toEqual({ title: "Financements déclarés par sous-thématique", column: "Sous-thématique" });
  });
});
