import { describe, expect, it } from "vitest";
import { sameProps } from "./same-props";

describe("sameProps", () => {
  it("takes equal answers built anew as the same", () => {
    const answer = () => ({ data: { rows: [{ code: "SN", value: 3 }], total: 3 }, error: undefined, stale: false });
    expect(sameProps({ answer: answer(), subtitle: "Tout" }, { answer: answer(), subtitle: "Tout" })).toBe(true);
  });

  it("sees a changed figure, a changed flag and a key more or less", () => {
    const base = { answer: { data: { rows: [{ code: "SN", value: 3 }] }, stale: false } };
    expect(sameProps(base, { answer: { data: { rows: [{ code: "SN", value: 4 }] }, stale: false } })).toBe(false);
    expect(sameProps(base, { answer: { ...base.answer, stale: true } })).toBe(false);
    expect(sameProps(base, { ...base, extra: 1 })).toBe(false);
    expect(sameProps({ a: undefined }, { b: undefined })).toBe(false);
  });

  it("ignores which callback is passed, not whether one is", () => {
    expect(sameProps({ update: () => 1 }, { update: () => 2 })).toBe(true);
    expect(sameProps({ update: () => 1 }, { update: undefined })).toBe(false);
  });

  it("tells arrays from objects, dates apart, and NaN from itself as equal", () => {
    expect(sameProps([1], { 0: 1 })).toBe(false);
    expect(sameProps(new Date(0), {})).toBe(false);
    expect(sameProps({ x: Number.NaN }, { x: Number.NaN })).toBe(true);
  });

  it("calls too deep a difference different rather than walking on", () => {
    const deep = (value: number) => ({ a: { b: { c: { d: { e: { f: { g: value } } } } } } });
    expect(sameProps(deep(1), deep(1))).toBe(false);
    expect(sameProps(deep(1), deep(1), 10)).toBe(true);
  });
});
