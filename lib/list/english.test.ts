import { describe, expect, it } from "vitest";
import type { AppliedFilter } from "../query/describe";
import { countLabel, filtersLine, headingParts, listTitle } from "./heading";
import { describeIssue } from "./issues";
import { parseListParams } from "./params";
import { describeSort } from "./sort";

const SENEGAL: AppliedFilter = { param: "country", value: "SN", label: "Senegal" };
const FROM: AppliedFilter = { param: "yearFrom", value: "2020", label: "from 2020" };
const TO: AppliedFilter = { param: "yearTo", value: "2021", label: "until 2021" };

describe("the list in English", () => {
  it("counts, titles and lines in English, numbers the English way", () => {
    expect(countLabel(0, "en")).toBe("No partnership");
    expect(countLabel(1, "en")).toBe("1 partnership");
    expect(countLabel(12700, "en")).toBe("12,700 partnerships");
    expect(listTitle(["Senegal"], "en")).toBe("Partnerships · Senegal");
    expect(filtersLine([], "en")).toBe("All partnerships, no filter");
  });

  it("says the years and the modes in English", () => {
    expect(headingParts([SENEGAL, FROM], { themeScope: "main", yearMode: "active" }, "en")).toEqual(["Senegal", "from 2020"]);
    expect(headingParts([TO], { themeScope: "main", yearMode: "active" }, "en")).toEqual(["until 2021"]);
    expect(headingParts([FROM, TO], { themeScope: "main", yearMode: "started" }, "en")).toEqual(["started from 2020 to 2021"]);
  });

  it("describes sorts and the list's own parameter problems in English", () => {
    expect(describeSort("-amount", "en")).toBe("by declared amount, largest first");
    expect(describeSort("title", "en")).toBe("by title, A to Z");
    const { issues } = parseListParams(new URLSearchParams("sort=xyz&page=0&lang=en"), "en");
    expect(issues.map((issue) => describeIssue(issue, "en"))).toEqual([
      "sort: “xyz” is not a known sort (title, -title, startYear, -startYear, amount, -amount, country, -country)",
      "page: “0” is not a page number (a whole number from 1)",
    ]);
    expect(describeIssue({ param: "theme", message: 'unknown value "x"' }, "en")).toBe('theme: unknown value "x"');
  });
});
