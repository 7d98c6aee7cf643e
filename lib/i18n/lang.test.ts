import { describe, expect, it } from "vitest";
import { langOf, withLang } from "./lang";

describe("withLang", () => {
  it("adds lang=en after the query and before the fragment", () => {
    expect(withLang("/pays/SN?theme=a#carte", "en")).toBe("/pays/SN?theme=a&lang=en#carte");
    expect(withLang("/", "en")).toBe("/?lang=en");
  });
  it("leaves French links without a parameter and removes an English one", () => {
    expect(withLang("/partenariats?lang=en&page=2", "fr")).toBe("/partenariats?page=2");
    expect(withLang("/donnees", "fr")).toBe("/donnees");
  });
  it("does not add the parameter twice", () => {
    expect(withLang("/?lang=en", "en")).toBe("/?lang=en");
  });
  it("leaves external links, protocol-relative links and fragments alone", () => {
    expect(withLang("https://www.diplomatie.gouv.fr/", "en")).toBe("https://www.diplomatie.gouv.fr/");
    expect(withLang("//example.org/x", "en")).toBe("//example.org/x");
    expect(withLang("#contenu", "en")).toBe("#contenu");
  });
});

describe("langOf", () => {
  it("reads lang=en and falls back to French on anything else", () => {
    expect(langOf(new URLSearchParams("lang=en"))).toBe("en");
    expect(langOf(new URLSearchParams("lang=de"))).toBe("fr");
    expect(langOf(new URLSearchParams(""))).toBe("fr");
    expect(langOf(null)).toBe("fr");
  });
});
