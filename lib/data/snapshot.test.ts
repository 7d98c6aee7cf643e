import { describe, expect, it } from "vitest";
import type { Dataset } from "../model";
import { buildQueryIndex } from "../query/build-index";
import { toStoredIndex } from "../query/stored-index";
import { makeFunding, makePartnership } from "../test-support/factories";
import { SNAPSHOT_FORMAT } from "./snapshot";

const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
  partnerships: [makePartnership({ id: "1", funding: [makeFunding({ year: 2019, amount: 1000 })] })],
};

/** Each field of the stored index with the kind of value it holds. */
function shape(value: unknown, path = ""): string[] {
  if (ArrayBuffer.isView(value)) return [`${path}: ${value.constructor.name}`];
  if (Array.isArray(value)) return [`${path}: array`];
  // The dataset's provenance and the embassies by country are data, whatever their keys.
  if (path === "meta" || path === "embassies") return [`${path}: object`];
  if (value !== null && typeof value === "object") {
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return [`${path}: ${typeof value}`];
}

describe("index snapshot format", () => {
  it("changes its format name whenever the stored index changes shape", () => {
    // A failure here means buildQueryIndex's output changed: bump SNAPSHOT_FORMAT (servers then
    // ignore snapshots written by older code) and update this list.
    expect(SNAPSHOT_FORMAT).toBe("atlas-cooperation/index@3");
    expect(shape(toStoredIndex(buildQueryIndex(DATASET)))).toMatchInlineSnapshot(`
      [
        "authorityRecords: array",
        "count: number",
        "dict.authority.keys: array",
        "dict.authority.labels: array",
        "dict.authorityKind.keys: array",
        "dict.authorityKind.labels: array",
        "dict.country.keys: array",
        "dict.country.labels: array",
        "dict.departement.keys: array",
        "dict.departement.labels: array",
        "dict.financer.keys: array",
        "dict.financer.labels: array",
        "dict.financerCategory.keys: array",
        "dict.financerCategory.labels: array",
        "dict.foreignPartner.keys: array",
        "dict.foreignPartner.labels: array",
        "dict.form.keys: array",
        "dict.form.labels: array",
        "dict.frenchRegion.keys: array",
        "dict.frenchRegion.labels: array",
        "dict.region.keys: array",
        "dict.region.labels: array",
        "dict.status.keys: array",
        "dict.status.labels: array",
        "dict.subSubTheme.keys: array",
        "dict.subSubTheme.labels: array",
        "dict.subTheme.keys: array",
        "dict.subTheme.labels: array",
        "dict.theme.keys: array",
        "dict.theme.labels: array",
        "embassies: object",
        "endYear: Int16Array",
        "entrySubSubTheme: Int32Array",
        "entrySubTheme: Int32Array",
        "entryTheme: Int32Array",
        "form: Int32Array",
        "hasMainTheme: Uint8Array",
        "ids: array",
        "lastYear: number",
        "lists.authority.ids: Int32Array",
        "lists.authority.offsets: Int32Array",
        "lists.authorityKind.ids: Int32Array",
        "lists.authorityKind.offsets: Int32Array",
        "lists.country.ids: Int32Array",
        "lists.country.offsets: Int32Array",
        "lists.departement.ids: Int32Array",
        "lists.departement.offsets: Int32Array",
        "lists.foreignPartner.ids: Int32Array",
        "lists.foreignPartner.offsets: Int32Array",
        "lists.frenchRegion.ids: Int32Array",
        "lists.frenchRegion.offsets: Int32Array",
        "lists.region.ids: Int32Array",
        "lists.region.offsets: Int32Array",
        "meta: object",
        "orders.country: Int32Array",
        "orders.startYear: Int32Array",
        "orders.title: Int32Array",
        "realPartnerships: number",
        "rowAmount: Float64Array",
        "rowCategory: Int32Array",
        "rowFinancer: Int32Array",
        "rowOudin: Float64Array",
        "rowStart: Int32Array",
        "rowYear: Int16Array",
        "startYear: Int16Array",
        "status: Int32Array",
        "subSubThemeParent: array",
        "subThemeParent: array",
        "themeStart: Int32Array",
        "words.postings: Int32Array",
        "words.start: Int32Array",
        "words.vocabulary: array",
      ]
    `);
  });
});
