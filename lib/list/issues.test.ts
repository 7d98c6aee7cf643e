import { describe, expect, it } from "vitest";
import { describeIssue, uniqueIssues } from "./issues";

describe("describeIssue", () => {
  it.each([
    [{ param: "colour", message: "unknown parameter" }, "colour : paramètre inconnu"],
    [{ param: "theme", message: 'unknown value "nope"' }, "theme : valeur inconnue « nope »"],
    [{ param: "status", message: "must be given once" }, "status : donné plusieurs fois"],
    [{ param: "sort", message: "« xyz » n'est pas un tri connu" }, "sort : « xyz » n'est pas un tri connu"],
  ])("%o", (issue, text) => {
    expect(describeIssue(issue)).toBe(text);
  });

  it("reports a parameter once", () => {
    expect(uniqueIssues([{ param: "a", message: "1" }, { param: "a", message: "2" }, { param: "b", message: "3" }])).toEqual([
      { param: "a", message: "1" },
      { param: "b", message: "3" },
    ]);
  });
});
