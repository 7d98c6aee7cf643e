import { describe, expect, it } from "vitest";
import type { AppliedFilter } from "../query/describe";
import { countLabel, filtersLine, headingParts, listTitle } from "./heading";

const MAROC: AppliedFilter = { param: "country", value: "MA", label: "Maroc" };
const ENV: AppliedFilter = { param: "theme", value: "environnement-climat-et-energie", label: "Environnement, Climat et Energie" };
const FROM: AppliedFilter = { param: "yearFrom", value: "2020", label: "à partir de 2020" };
const TO: AppliedFilter = { param: "yearTo", value: "2021", label: "jusqu'en 2021" };
const MEAE: AppliedFilter = { param: "financerCategory", value: "meae", label: "MEAE" };
const ACTIVE = { themeScope: "main", yearMode: "active" } as const;

describe("headingParts", () => {
  it("merges the year bounds into one range", () => {
    expect(headingParts([MAROC, ENV, FROM, TO], ACTIVE)).toEqual(["Maroc", "Environnement, Climat et Energie", "2020–2021"]);
    expect(headingParts([FROM, { ...TO, value: "2020" }], ACTIVE)).toEqual(["2020"]);
    expect(headingParts([FROM], ACTIVE)).toEqual(["à partir de 2020"]);
    expect(headingParts([TO], ACTIVE)).toEqual(["jusqu'en 2021"]);
  });

  it("says when the years are start years", () => {
    const started = { ...ACTIVE, yearMode: "started" } as const;
    expect(headingParts([FROM, TO], started)).toEqual(["commencés de 2020 à 2021"]);
    expect(headingParts([FROM], started)).toEqual(["commencés à partir de 2020"]);
    expect(headingParts([TO], started)).toEqual(["commencés au plus tard en 2021"]);
  });

  it("says when secondary themes count, right after the themes", () => {
    const any = { ...ACTIVE, themeScope: "any" } as const;
    expect(headingParts([MAROC, ENV, MEAE], any)).toEqual(["Maroc", "Environnement, Climat et Energie", "thématiques secondaires comprises", "MEAE"]);
    expect(headingParts([MAROC], any)).toEqual(["Maroc"]);
  });
});

describe("heading texts", () => {
  it("title and filters line", () => {
    expect(listTitle(["Maroc", "2020–2021"])).toBe("Partenariats · Maroc · 2020–2021");
    expect(listTitle([])).toBe("Partenariats");
    expect(filtersLine(["Maroc", "2020–2021"])).toBe("Maroc · 2020–2021");
    expect(filtersLine([])).toBe("Tous les partenariats, sans filtre");
  });

  it.each([
    [0, "Aucun partenariat"],
    [1, "1 partenariat"],
    [1234, "1\u202f234 partenariats"],
  ])("%i → %s", (total, text) => {
    expect(countLabel(total)).toBe(text);
  });
});
