import { describe, expect, it } from "vitest";
import { worldRegionOf } from "./regions";

describe("worldRegionOf", () => {
  it.each([
    ["DE", "europe"],
    ["AM", "europe"],
    ["TR", "europe"],
    ["RO", "europe"],
    ["MA", "afrique-nord-moyen-orient"],
    ["LB", "afrique-nord-moyen-orient"],
    ["PS", "afrique-nord-moyen-orient"],
    ["ML", "afrique-subsaharienne"],
    ["MG", "afrique-subsaharienne"],
    ["HT", "ameriques"],
    ["CA", "ameriques"],
    ["VN", "asie-oceanie"],
    ["JP", "asie-oceanie"],
  ])("%s → %s", (code, region) => expect(worldRegionOf(code)).toBe(region));

  it("returns null for an unknown code", () => expect(worldRegionOf("ZZ")).toBeNull());
});
