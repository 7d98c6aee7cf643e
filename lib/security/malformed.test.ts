import { describe, expect, it } from "vitest";
import { malformedPart } from "./malformed";

describe("malformedPart", () => {
  it("accepts well-formed paths and queries, encoded or not", () => {
    for (const [path, search] of [
      ["/", ""],
      ["/pays/SN", "?yearFrom=2015&country=SN&country=ML"],
      ["/collectivites/commune-21231", "?q=%C3%A9cole+%26+sant%C3%A9"],
      ["/partenariats", "?q=100%25"],
      ["/pays/%F0%9F%87%AB%F0%9F%87%B7", "?q=%00&flag&=&&"],
      ["/api/meta", "?"],
    ]) {
      expect(malformedPart(path!, search!), `${path}${search}`).toBeNull();
    }
  });

  it("finds a path segment that does not decode", () => {
    for (const path of ["/partenariats/%zz", "/api/partnerships/%", "/pays/%E0%A4%A", "/export/%zz.csv", "/%ED%A0%80", "/a/%C0%AF"]) {
      expect(malformedPart(path, ""), path).toEqual({ part: "path" });
    }
  });

  it("names the query parameter whose value or name does not decode", () => {
    expect(malformedPart("/", "?country=SN&q=%zz")).toEqual({ part: "query", param: "q" });
    expect(malformedPart("/api/meta", "?q%C3=1")).toEqual({ part: "query", param: "q%C3" });
    expect(malformedPart("/", "?%E9t%E9=1")).toEqual({ part: "query", param: "%E9t%E9" });
    expect(malformedPart("/", "?a+b=%")).toEqual({ part: "query", param: "a b" });
  });

  it("cuts a long malformed name short", () => {
    const found = malformedPart("/", `?${"%".repeat(5000)}=1`);
    expect(found).toEqual({ part: "query", param: "%".repeat(100) });
  });
});
