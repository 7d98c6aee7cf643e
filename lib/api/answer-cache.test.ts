import { describe, expect, it } from "vitest";
import { AnswerCache, requestKey } from "./answer-cache";

describe("AnswerCache", () => {
  it("keeps the most recently used answers up to its capacity", () => {
    const cache = new AnswerCache(2);
    cache.set("a", "1");
    cache.set("b", "2");
    expect(cache.get("a")).toBe("1");
    cache.set("c", "3");
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("1");
    expect(cache.get("c")).toBe("3");
    expect(cache.size).toBe(2);
  });

  it("drops the oldest answers past its size in characters", () => {
    const cache = new AnswerCache(10, 5);
    cache.set("a", "123");
    cache.set("b", "45");
    cache.set("c", "6");
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe("45");
    expect(cache.get("c")).toBe("6");
  });

  it("gives each answer as UTF-8 bytes, and forgets them with the answer", () => {
    const cache = new AnswerCache(1);
    cache.set("a", '{"label":"Coopération"}');
    expect(new TextDecoder().decode(cache.bytes("a"))).toBe('{"label":"Coopération"}');
    expect(cache.bytes("a")).toBe(cache.bytes("a"));
    cache.set("b", "2");
    expect(cache.bytes("a")).toBeUndefined();
    expect(cache.bytes("missing")).toBeUndefined();
  });

  it("keys requests by dataset version and sorted parameters", () => {
    const one = requestKey("v1", new URL("http://x/api/aggregate?by=theme&country=SN&country=MA"));
    const two = requestKey("v1", new URL("http://x/api/aggregate?country=MA&by=theme&country=SN"));
    expect(one).toBe(two);
    expect(requestKey("v2", new URL("http://x/api/aggregate?by=theme&country=SN&country=MA"))).not.toBe(one);
  });
});
