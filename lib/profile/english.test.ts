import { describe, expect, it } from "vitest";
import type { FrenchAuthority } from "../model";
import { labelsOf } from "../labels";
import { authorityFacts } from "./authorityFacts";
import { rankNote, seeAllLabel } from "./labels";
import { contextSubtitle } from "./scope";

const areas = { departements: new Map([["75", "Paris"]]), regions: new Map([["11", "Île-de-France"]]), overseas: new Map<string, string>() };
const paris: FrenchAuthority = { name: "Paris", code: "75056", kind: "commune", departement: "75", region: "11" };

describe("the profile pages in English", () => {
  it("says how a ranking was cut and links to all partnerships, numbers the English way", () => {
    expect(rankNote(15, 1069, "authorities", true, "en")).toBe("The first 15 authorities of 1,069, by number of partnerships.");
    expect(rankNote(3, 3, "countries", false, "en")).toBe("By number of partnerships.");
    expect(seeAllLabel(1234, "en")).toBe("See the 1,234 partnerships");
    expect(seeAllLabel(1, "en")).toBe("See the partnership");
    expect(seeAllLabel(0, "en")).toBeNull();
  });

  it("names the other dashboard filters in English", () => {
    const applied = [{ param: "country", value: "SN", label: "Senegal" }, { param: "status", value: "ongoing", label: "Ongoing" }] as const;
    expect(contextSubtitle([...applied], "country", "en")).toBe("Dashboard filters applied: Ongoing");
    expect(contextSubtitle([applied[0]], "country", "en")).toBe("All partnerships, no other dashboard filter.");
  });

  it("labels an authority's identity card in English (the kinds from the English table)", () => {
    const facts = authorityFacts(paris, areas, "en");
    expect(facts.map((fact) => fact.label)).toEqual(["Kind", "INSEE code", "Department", "Region"]);
    expect(facts[0]!.value).toBe(labelsOf("en").authorityKinds.commune);
  });
});
