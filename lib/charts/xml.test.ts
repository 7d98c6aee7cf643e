import { describe, expect, it } from "vitest";
import { classesOf, findAll, parseXml, textContent } from "./xml";

describe("parseXml", () => {
  it("reads elements, attributes, text and entities", () => {
    const root = parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width='10'><title>A &amp; B &#x27;C&#39;</title><g class="a b"><rect x="1"/></g></svg>`);
    expect(root.name).toBe("svg");
    expect(root.attributes).toEqual({ xmlns: "http://www.w3.org/2000/svg", width: "10" });
    expect(textContent(findAll(root, (e) => e.name === "title")[0]!)).toBe("A & B 'C'");
    expect(classesOf(findAll(root, (e) => e.name === "g")[0]!)).toEqual(["a", "b"]);
    expect(findAll(root, (e) => e.name === "rect")[0]!.attributes.x).toBe("1");
  });

  it.each([
    ["an unclosed tag", "<svg><g></svg>"],
    ["a mismatched tag", "<svg><g></rect></svg>"],
    ["two roots", "<svg></svg><svg></svg>"],
    ["an unquoted attribute", "<svg width=10></svg>"],
    ["a repeated attribute", '<svg a="1" a="2"></svg>'],
    ["a raw < in a value", '<svg a="<"></svg>'],
    ["a bare ampersand", "<svg>R&D</svg>"],
    ["an HTML entity", "<svg>&nbsp;</svg>"],
    ["attributes without a space", '<svg a="1"b="2"></svg>'],
    ["text after the root", "<svg></svg>x"],
    ["a doctype", "<!DOCTYPE svg><svg></svg>"],
  ])("rejects %s", (_, source) => {
    expect(() => parseXml(source)).toThrow(/XML/);
  });
});
