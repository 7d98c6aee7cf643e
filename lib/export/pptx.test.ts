import { beforeAll, describe, expect, it } from "vitest";
import { parseXml } from "@/lib/charts/xml";
import { type SlideInput, viewsToPptx } from "./pptx";
import { chartCaches, type PptxPackage, readPptx, seriesNames } from "./pptx-package.testutil";
import type { ExportNotes, ViewExport } from "./types";

const TRICKY_TITLE = `Eau & assainissement <"pilote"> l'an 1`;

function notes(overrides: Partial<ExportNotes>): ExportNotes {
  return {
    title: "Vue",
    filters: [],
    caption: "Phrase de la vue.",
    source: "Source : Atlas français de la coopération décentralisée (MEAE)",
    datasetDate: "2026-11-30",
    licence: "Licence Ouverte 2.0",
    demo: false,
    ...overrides,
  };
}

const BARS: ViewExport = {
  notes: notes({
    title: TRICKY_TITLE,
    filters: ["Pays : Sénégal", "Années : 2015 – 2020"],
    caption: "Eau et assainissement reçoit 1,2 M€ & plus <que> les autres.",
    demo: true,
  }),
  table: {
    columns: [
      { key: "group", label: "Thématique", kind: "text" },
      { key: "amount", label: "Montant déclaré", kind: "euros" },
    ],
    rows: [
      { group: "Eau et assainissement", amount: 1_200_000 },
      { group: "Santé", amount: 500_000 },
      { group: "Éducation", amount: 48_652 },
      { group: "Autres (3)", amount: 1_000 },
    ],
    total: { group: "Total", amount: 1_749_652 },
  },
  chart: {
    kind: "bars",
    categories: ["Eau et assainissement", "Santé", "Éducation", "Autres (3)"],
    series: { name: "Montant déclaré", values: [1_200_000, 500_000, 48_652, 1_000], color: "#000091" },
    valueKind: "euros",
  },
};

const YEARS = ["2019", "2020", "2021"];
const STACKS = [
  { name: "MEAE", values: [10, 12, 14], color: "#000091" },
  { name: "Collectivités françaises", values: [5, 6, 7], color: "#009081" },
  { name: "Partenaires étrangers", values: [2, 3, 4], color: "#a558a0" },
  { name: "Autres financeurs", values: [1, 0, 2], color: "#929292" },
];
const STACKED: ViewExport = {
  notes: notes({ title: "Financements par année", caption: "Les financements croissent de 2019 à 2021." }),
  table: {
    columns: [{ key: "year", label: "Année", kind: "text" }, ...STACKS.map((s) => ({ key: s.name, label: s.name, kind: "integer" as const }))],
    rows: YEARS.map((year, index) => ({ year, ...Object.fromEntries(STACKS.map((s) => [s.name, s.values[index]!])) })),
  },
  chart: { kind: "stacked-columns", categories: YEARS, series: STACKS, valueKind: "integer" },
};

/** A valid 1×1 PNG (grey and alpha, 8 bits), small enough to write out. */
const PNG_1X1 = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
);
const MAP: ViewExport = {
  notes: notes({ title: "Partenariats par pays", caption: "Le Sénégal compte le plus de partenariats." }),
  table: { columns: [{ key: "country", label: "Pays", kind: "text" }], rows: [] },
  chart: { kind: "picture" },
};

const VIEWS = [BARS, STACKED, MAP];

describe("viewsToPptx", () => {
  let deck: PptxPackage;
  beforeAll(async () => {
    deck = await readPptx(
      await viewsToPptx([{ view: BARS }, { view: STACKED }, { view: MAP, picture: { png: PNG_1X1, width: 1, height: 1 } }]),
    );
  });

  it("writes one slide per view, in order, each with its title, filters, caption and footer", async () => {
    expect(deck.slides).toHaveLength(3);
    deck.slides.forEach((slide, index) => {
      const view = VIEWS[index]!;
      expect(slide.texts[0]).toBe(view.notes.title);
      expect(slide.texts).toContain(view.notes.caption);
      expect(slide.texts).toContain(`${view.notes.source} · Licence Ouverte 2.0 · Données au 30 novembre 2026`);
    });
    expect(deck.slides[0]!.texts).toContain("Pays : Sénégal · Années : 2015 – 2020");
    expect(deck.slides[1]!.texts).toContain("Sans filtre");
    // The demo warning only on the demo view's slide.
    const demo = "Données de démonstration : chiffres générés, non réels";
    expect(deck.slides.map((slide) => slide.texts.includes(demo))).toEqual([true, false, false]);
  });

  it("puts each caption in its slide's speaker notes", async () => {
    expect(deck.slides.map((slide) => slide.notes)).toEqual(VIEWS.map((view) => view.notes.caption));
  });

  it("draws bars as a native bar chart whose data is the view's table, its workbook embedded", async () => {
    const [slide] = deck.slides;
    expect(slide!.charts).toHaveLength(1);
    const chart = slide!.charts[0]!;
    expect(chart.xml).toContain('<c:barDir val="bar"/>');
    // Top to bottom in the view's order: the category axis runs from its last to its first.
    expect(chart.xml).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<\/c:catAx>/s);
    expect(chartCaches(chart.xml, "c:cat")).toEqual([BARS.table.rows.map((row) => row.group)]);
    expect(chartCaches(chart.xml, "c:val")).toEqual([BARS.table.rows.map((row) => String(row.amount))]);
    expect(seriesNames(chart.xml)).toEqual(["Montant déclaré"]);
    // Value labels in euros, the series in its colour and the "Autres (3)" bar in grey, as on the page.
    expect(chart.xml).toContain('<c:showVal val="1"/>');
    expect(chart.xml).toContain('formatCode="#,##0 &quot;€&quot;"');
    expect(chart.xml).toContain('<a:srgbClr val="000091"/>');
    expect(chart.xml).toMatch(/<c:idx val="3"\/>.*?<a:srgbClr val="929292"\/>/s);
    expect(chart.xml).toContain('sz="1100"');
    const workbook = chart.targets.find((target) => /^ppt\/embeddings\/.+\.xlsx$/.test(target));
    expect(workbook).toBeDefined();
    expect(deck.paths).toContain(workbook);
  });

  it("draws the stacked view as native stacked columns, one series per stack with its colour and a legend", async () => {
    const slide = deck.slides[1]!;
    expect(slide.charts).toHaveLength(1);
    const { xml } = slide.charts[0]!;
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(xml).toContain('<c:grouping val="stacked"/>');
    expect(seriesNames(xml)).toEqual(STACKS.map((s) => s.name));
    expect(chartCaches(xml, "c:cat")).toEqual(STACKS.map(() => YEARS));
    expect(chartCaches(xml, "c:val")).toEqual(STACKS.map((s) => s.values.map(String)));
    for (const color of ["000091", "009081", "A558A0", "929292"]) expect(xml).toContain(`<a:srgbClr val="${color}"/>`);
    expect(xml).toContain('<c:legendPos val="b"/>');
    expect(xml).toContain('formatCode="#,##0"');
  });

  it("places the map's picture, fitted and undistorted, and no chart", async () => {
    const slide = deck.slides[2]!;
    expect(slide.charts).toEqual([]);
    expect(slide.media).toHaveLength(1);
    expect(slide.media[0]).toMatch(/^ppt\/media\/.+\.png$/);
    expect(new Uint8Array(await deck.zip.file(slide.media[0]!)!.async("uint8array"))).toEqual(PNG_1X1);
    const ext = /<p:pic>.*?<a:ext cx="(\d+)" cy="(\d+)"\/>/s.exec(slide.xml);
    expect(ext?.[1]).toBe(ext?.[2]);
    // The caption is also the picture's alternative text.
    expect(slide.xml).toContain('descr="Le Sénégal compte le plus de partenariats."');
  });

  it("escapes text from the data, and every part of the package is well-formed XML", async () => {
    expect(deck.slides[0]!.xml).toContain("<a:t>Eau &amp; assainissement &lt;&quot;pilote&quot;&gt; l&apos;an 1</a:t>");
    const xmlParts = deck.paths.filter((path) => /\.(xml|rels)$/.test(path));
    expect(xmlParts.length).toBeGreaterThan(20);
    for (const path of xmlParts) parseXml(await deck.read(path));
    expect(await deck.read("docProps/core.xml")).toContain("<dc:creator>Atlas coopération</dc:creator>");
  });
});

describe("viewsToPptx, edge cases", () => {
  it("names a one-slide deck after its view", async () => {
    const deck = await readPptx(await viewsToPptx([{ view: STACKED }]));
    expect(deck.slides).toHaveLength(1);
    expect(await deck.read("docProps/core.xml")).toContain("<dc:title>Financements par année</dc:title>");
  });

  it("writes 'Aucune donnée' instead of an empty chart", async () => {
    const noBars: ViewExport = {
      ...BARS,
      chart: { kind: "bars", categories: [], series: { name: "Montant", values: [], color: "#000091" }, valueKind: "euros" },
    };
    const noColumns: ViewExport = { ...STACKED, chart: { kind: "stacked-columns", categories: YEARS, series: [], valueKind: "integer" } };
    for (const slide of (await readPptx(await viewsToPptx([{ view: noBars }, { view: noColumns }]))).slides) {
      expect(slide.charts).toEqual([]);
      expect(slide.texts).toContain("Aucune donnée");
    }
  });

  it("colours every bar alike when the view has no 'Autres' row", async () => {
    const view: ViewExport = {
      ...BARS,
      chart: { kind: "bars", categories: ["A", "B"], series: { name: "Partenariats", values: [3, 2], color: "#009081" }, valueKind: "integer" },
    };
    const { xml } = (await readPptx(await viewsToPptx([{ view }]))).slides[0]!.charts[0]!;
    expect(xml).not.toContain("<c:dPt>");
    expect(xml).toContain('<a:srgbClr val="009081"/>');
    expect(xml).toContain('formatCode="#,##0"');
  });

  it("drops control characters, which XML cannot hold", async () => {
    const view: ViewExport = { ...BARS, notes: { ...BARS.notes, title: "Titre\u0001 propre\u001f" } };
    const deck = await readPptx(await viewsToPptx([{ view }]));
    expect(deck.slides[0]!.texts[0]).toBe("Titre propre");
  });

  it("writes a page's headline figures as text: in a row above its chart, or filling the slide", async () => {
    const headline = [{ value: "184", label: "partenariats" }, { value: "12,4 M€", label: "de financements déclarés" }];
    const figures: SlideInput["view"] = { notes: notes({ title: "Commune : Dijon" }), chart: { kind: "figures", items: headline } };
    const deck = await readPptx(await viewsToPptx([{ view: STACKED, headline }, { view: figures }]));
    const [above, alone] = deck.slides;
    expect(above!.charts).toHaveLength(1);
    expect(above!.texts).toEqual(expect.arrayContaining(["184", "partenariats", "12,4 M€", "de financements déclarés"]));
    expect(alone!.charts).toEqual([]);
    expect(alone!.texts).toEqual(expect.arrayContaining(["184", "partenariats", "12,4 M€"]));
    expect(alone!.texts).not.toContain("Aucune donnée");
  });

  it("refuses an empty deck", async () => {
    await expect(viewsToPptx([])).rejects.toThrow(/no view/);
  });

  it("refuses a picture view given no picture", async () => {
    await expect(viewsToPptx([{ view: MAP }])).rejects.toThrow(/Partenariats par pays/);
  });
});
