import { describe, expect, it } from "vitest";
import { etagMatches, strongEtag, weakEtag } from "./etag";

describe("ETags", () => {
  it("depend on every part: build, dataset version and URL", () => {
    const tag = strongEtag("build", "v1", "/api/aggregate?by=country");
    expect(tag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(strongEtag("build", "v1", "/api/aggregate?by=country")).toBe(tag);
    expect(strongEtag("build", "v2", "/api/aggregate?by=country")).not.toBe(tag);
    expect(strongEtag("build", "v1", "/api/aggregate?by=theme")).not.toBe(tag);
    expect(strongEtag("other", "v1", "/api/aggregate?by=country")).not.toBe(tag);
    expect(weakEtag("build", "v1", "/")).toMatch(/^W\/"[0-9a-f]{20}"$/);
  });

  it("match If-None-Match by weak comparison, in a list, or *", () => {
    const tag = weakEtag("b", "v", "/");
    expect(etagMatches(tag, tag)).toBe(true);
    expect(etagMatches(tag.slice(2), tag)).toBe(true);
    expect(etagMatches(`"other", ${tag}`, tag)).toBe(true);
    expect(etagMatches("*", tag)).toBe(true);
    expect(etagMatches('"other"', tag)).toBe(false);
    expect(etagMatches(undefined, tag)).toBe(false);
    expect(etagMatches("", tag)).toBe(false);
  });
});
