import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import { chartCaches, readPptx } from "../export/pptx-package.testutil";
import { QueryEngine } from "../query/engine";
import { isQueryError } from "../query/select";
import { deckFile } from "./deck-pptx";
import { deckEntryOf, resolveView } from "./slides";

const partnerships = generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.05 });
const engine = QueryEngine.fromDataset(
  { format: "atlas-cooperation/dataset@1", meta: { demo: { seed: 2026, scale: 0.05, referenceYear: 2025 }, description: "demo", updatedAt: "2026-11-30" }, partnerships },
  "demo",
);
const funded = partnerships.find((p) => p.funding.filter((row) => row.year !== null).length >= 2 && p.foreignPartners.length > 0)!;

const THEMES = "/?country=SN&yearFrom=2015&panel=themes";
const COUNTRY = "/pays/SN?yearFrom=2015";
const PARTNERSHIP = `/partenariats/${funded.id}`;

async function deckTitles(hrefs: string[]) {
  const answer = await deckFile(engine, hrefs);
  const deck = await readPptx(Buffer.from(answer.body as Uint8Array));
  return { answer, deck, titles: deck.slides.map((slide) => slide.texts[0]) };
}

describe("a deck as PowerPoint", () => {
  it("writes one slide per view in the deck's order: a panel, a country page, a partnership", async () => {
    const { answer, deck, titles } = await deckTitles([THEMES, COUNTRY, PARTNERSHIP]);
    expect(answer.fileName).toBe("presentation-atlas-cooperation-2026-11-30.pptx");
    expect(titles).toEqual(["Financements déclarés par thématique", "Pays partenaire : Sénégal", funded.title.split("\n")[0]]);
    const [panel, country, partnership] = deck.slides;
    // The panel's slide is its own export's: a native bar chart.
    expect(panel!.charts).toHaveLength(1);
    // The country's: its headline figures (no count of countries) above its map as a picture.
    expect(country!.media).toHaveLength(1);
    expect(country!.charts).toHaveLength(0);
    expect(country!.texts).toContain("partenaires étrangers");
    expect(country!.texts).not.toContain("pays partenaires");
    expect(country!.texts.join(" ")).toMatch(/Pays : Sénégal/);
    // The partnership's: its two sides, and its funding by year stacked by financer category.
    expect(partnership!.texts).toEqual(expect.arrayContaining(["Collectivités françaises", "Partenaires étrangers", funded.foreignPartners[0]!.countryName]));
    expect(partnership!.charts).toHaveLength(1);
    const years = [...new Set(funded.funding.flatMap((row) => (row.year === null ? [] : [String(row.year)])))].sort();
    expect(chartCaches(partnership!.charts[0]!.xml, "c:cat")[0]).toEqual(years);
  });

  it("follows the order it is given", async () => {
    const { titles } = await deckTitles([PARTNERSHIP, THEMES, COUNTRY]);
    expect(titles).toEqual([funded.title.split("\n")[0], "Financements déclarés par thématique", "Pays partenaire : Sénégal"]);
  });

  it("refuses a deck with a view that is not one, or that the dataset lacks, naming it", async () => {
    for (const bad of [["/donnees"], [THEMES, "/pays/ZZ"], ["/?panel=themes&theme=astrologie"], []]) {
      const error = await deckFile(engine, bad).then(() => null, (thrown: unknown) => thrown);
      expect(isQueryError(error), bad.join(" ")).toBe(true);
      expect((error as Error).message).toMatch(/^v: /);
    }
  });

  it("gives the page each slide's texts, the panel's drawing as its SVG export and a page's figures", () => {
    const panel = deckEntryOf(resolveView(engine, THEMES));
    expect(panel).toMatchObject({ ok: true, slide: { href: "/?country=SN&yearFrom=2015&panel=themes", title: "Financements déclarés par thématique" } });
    expect(panel.ok && panel.slide.figure).toEqual({ kind: "image", src: "/export/themes.svg?country=SN&yearFrom=2015" });
    const country = deckEntryOf(resolveView(engine, COUNTRY));
    expect(country.ok && country.slide.figure.kind === "figures" && country.slide.figure.items.map((item) => item.label)).toEqual([
      // The page's tiles: where its French partners are, no count of countries.
      "partenariats", "collectivités françaises", "régions françaises", "départements français", "partenaires étrangers", "de financements déclarés",
    ]);
    expect(country.ok && country.slide.footer[0]).toMatch(/Données au 30 novembre 2026/);
    expect(deckEntryOf(resolveView(engine, "/pays/ZZ"))).toEqual({ ok: false, href: "/pays/ZZ", message: "la page /pays/ZZ n'existe pas dans les données actuelles." });
  });
});
