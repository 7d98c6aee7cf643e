import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import { readPptx, seriesNames } from "../export/pptx-package.testutil";
import { QueryEngine } from "../query/engine";
import { deckFile } from "../presentation/deck-pptx";
import { deckEntryOf, resolveView } from "../presentation/slides";
import { panelViewHref, parseView } from "../presentation/views";
import { comparePanelData } from "./load";
import { parseCompareState } from "./state-parse";

const engine = QueryEngine.fromDataset(
  {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: { seed: 2026, scale: 0.05, referenceYear: 2025 }, description: "demo", updatedAt: "2026-11-30" },
    partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.05 }),
  },
  "demo",
);

describe("a comparison panel in a presentation", () => {
  it("is a view: /comparer?…&panel=compare-themes, read canonically", () => {
    const parsed = parseView("/comparer?b.country=MA&panel=compare-themes&a.country=SN");
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.view).toMatchObject({ kind: "compare", panel: "compare-themes", query: "a.country=SN&b.country=MA" });
    expect(parsed.view.href).toBe("/comparer?a.country=SN&b.country=MA&panel=compare-themes");
    expect(panelViewHref("compare-themes", "a.country=SN&b.country=MA")).toBe(parsed.view.href);
  });

  it("is refused without its panel, or with a bad parameter named with its side", () => {
    const noPanel = parseView("/comparer?a.country=SN");
    expect(noPanel.ok).toBe(false);
    const bad = parseView("/comparer?a.country=XX&panel=compare-years");
    expect(!bad.ok && bad.message).toMatch(/a\.country/);
  });

  it("has the slide of its export: the panel's figures, its SVG as the picture", () => {
    const resolved = resolveView(engine, "/comparer?a.country=SN&b.country=MA&panel=compare-countries");
    const entry = deckEntryOf(resolved);
    if (!entry.ok) throw new Error(entry.message);
    const data = comparePanelData(engine, "compare-countries", parseCompareState(new URLSearchParams("a.country=SN&b.country=MA")).state);
    expect(entry.slide.caption).toBe(data.notes.caption);
    expect(entry.slide.figure).toEqual({ kind: "image", src: "/export/compare-countries.svg?a.country=SN&b.country=MA" });
    expect(deckEntryOf(resolveView(engine, "/comparer?a.theme=nope&b.country=MA&panel=compare-countries"))).toMatchObject({ ok: false });
  });

  it("goes into the deck's PowerPoint as a clustered bar chart", async () => {
    const file = await deckFile(engine, ["/?panel=themes", "/comparer?a.country=SN&b.country=MA&panel=compare-themes"]);
    const pptx = await readPptx(Buffer.from(file.body as Uint8Array));
    expect(pptx.slides).toHaveLength(2);
    expect(seriesNames(pptx.slides[1]!.charts[0]!.xml)).toEqual(["A : Sénégal", "B : Maroc"]);
  });
});
