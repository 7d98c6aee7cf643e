import { describe, expect, it } from "vitest";
import { DATASET_FORMAT } from "../model";
import { QueryEngine } from "../query/engine";
import { filtersSchema } from "../query/params";
import { makePartnership } from "../test-support/factories";
import { partnershipDescription, sourceKindLabel, triennialText } from "./fiche-text";
import { relatedPartnerships } from "./related";

const SENEGAL = { name: "Dakar", country: "SN", countryName: "Sénégal" };

describe("a partnership's texts in English", () => {
  it("says the fiche's sentences in English, English country names", () => {
    expect(triennialText(true, "en")).toBe("The partnership is a three-year one");
    expect(triennialText(null, "en")).toBeNull();
    expect(sourceKindLabel("atlas-fiche", "en")).toBe("Atlas fiche");
    const p = makePartnership({ foreignPartners: [SENEGAL], theme: null });
    expect(partnershipDescription(p, "en")).toContain("Dakar (Senegal)");
    expect(partnershipDescription(p)).toContain("Dakar (Sénégal)");
  });

  it("heads the related lists in English", () => {
    const data = [makePartnership({ id: "a", foreignPartners: [SENEGAL] }), makePartnership({ id: "b", foreignPartners: [SENEGAL] })];
    const engine = QueryEngine.fromDataset({ format: DATASET_FORMAT, meta: { demo: null, description: "test", updatedAt: "2026-01-01" }, partnerships: data }, "t");
    const filters = filtersSchema.parse({ country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] });
    const lists = relatedPartnerships(engine, data[0]!, filters, 5, "en");
    expect(lists.find((list) => list.kind === "country")?.heading).toBe("Same country: Senegal");
  });
});
