import { describe, expect, it } from "vitest";
import { describeSort, nextSort, sortDirectionOf, sortKeyOf } from "./sort";

describe("sorting", () => {
  it("knows the column and direction of a sort", () => {
    expect(sortKeyOf("-amount")).toBe("amount");
    expect(sortDirectionOf("-amount", "amount")).toBe("descending");
    expect(sortDirectionOf("title", "title")).toBe("ascending");
    expect(sortDirectionOf("title", "amount")).toBeUndefined();
  });

  it.each([
    ["-startYear", "startYear", "startYear"],
    ["startYear", "startYear", "-startYear"],
    ["-startYear", "amount", "-amount"],
    ["-amount", "amount", "amount"],
    ["-startYear", "title", "title"],
    ["title", "title", "-title"],
    ["-title", "country", "country"],
    ["country", "country", "-country"],
  ] as const)("from %s, the %s header leads to %s", (current, key, next) => {
    expect(nextSort(current, key)).toBe(next);
  });

  it("says the order in French", () => {
    expect(describeSort("-amount")).toBe("par montant déclaré, du plus grand au plus petit");
    expect(describeSort("title")).toBe("par titre, de A à Z");
    expect(describeSort("-startYear")).toBe("par année de début, des plus récents aux plus anciens");
  });
});
