import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_OPTIONS, parseListParams } from "./params";

const parse = (search: string) => parseListParams(new URLSearchParams(search));

describe("parseListParams", () => {
  it("defaults to the newest first, 20 a page, page 1", () => {
    expect(parse("")).toEqual({ options: DEFAULT_LIST_OPTIONS, issues: [], rest: {} });
    expect(DEFAULT_LIST_OPTIONS).toEqual({ sort: "-startYear", page: 1, pageSize: 20 });
  });

  it("reads its own options and hands every other parameter to the dashboard, repeated ones as arrays", () => {
    const { options, issues, rest } = parse("country=MA&country=SN&sort=-amount&page=3&pageSize=50&map=amount&theme=eau");
    expect(options).toEqual({ sort: "-amount", page: 3, pageSize: 50 });
    expect(issues).toEqual([]);
    expect(rest).toEqual({ country: ["MA", "SN"], map: "amount", theme: "eau" });
  });

  it.each([
    ["sort=xyz", "sort", /« xyz » n'est pas un tri connu/],
    ["page=0", "page", /numéro de page/],
    ["page=deux", "page", /« deux »/],
    ["page=1.5", "page", /numéro de page/],
    ["pageSize=500", "pageSize", /de 1 à 100/],
    ["pageSize=0", "pageSize", /taille de page/],
    ["sort=title&sort=amount", "sort", /plusieurs fois/],
  ])("reports %s on %s and keeps its default", (search, param, message) => {
    const { options, issues } = parse(search);
    expect(options).toEqual(DEFAULT_LIST_OPTIONS);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.param).toBe(param);
    expect(issues[0]!.message).toMatch(message);
  });

  it("keeps the good options next to a bad one", () => {
    const { options, issues } = parse("sort=xyz&page=2&pageSize=100");
    expect(options).toEqual({ sort: "-startYear", page: 2, pageSize: 100 });
    expect(issues.map((i) => i.param)).toEqual(["sort"]);
  });

  it("treats empty values as absent and shortens a long bad value", () => {
    expect(parse("sort=&page=").issues).toEqual([]);
    expect(parse(`sort=${"x".repeat(100)}`).issues[0]!.message).toContain(`« ${"x".repeat(40)}… »`);
  });
});
