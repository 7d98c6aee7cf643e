import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MapSvg } from "@/components/map/MapSvg";
import { FundingChart } from "@/components/partnership/FundingChart";
import { CHART_STYLE, atlasSource } from "@/lib/charts/standalone-style";
import { type XmlElement, classesOf, findAll, parseXml, textContent } from "@/lib/charts/xml";
import { formatEurosCompact, formatInteger } from "@/lib/format";
import { BOUNDARIES_URL } from "@/lib/map/boundaries";
import type { LatLngBox } from "@/lib/map/focus";
import { REGION_BOXES } from "@/lib/map/framing";
import type { CountryCollection } from "@/lib/map/geometry";
import { BASEMAP_SOURCE } from "@/lib/map/legend";
import { NO_DATA_COLOR, colorForValue } from "@/lib/map/scales";
import { measureScale } from "@/lib/map/measures";
import { countryFigures } from "@/lib/map/testFactories";
import type { AggregateRow } from "@/lib/query/aggregate";
import { DEFAULT_BAR_COLOR, FINANCER_CATEGORY_COLORS, OTHERS_COLOR } from "@/lib/scales";
import { BarChart } from "./BarChart";
import { BarChartDocument } from "./BarChartSvg";
import { YearChart } from "./YearChart";
import { YearChartDocument } from "./YearChartDocument";

const SOURCE = atlasSource({ demo: true });
const standalone = { caption: "Maroc · 2015–2020", source: SOURCE };
/** Intl's fr-FR output uses no-break spaces; tests compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
/** A <text>'s words as read: its wrapped lines (one <tspan> each) joined by spaces. */
const read = (text: XmlElement) => plain(text.children.map((child) => textContent(child)).join(typeof text.children[0] === "string" ? "" : " "));

/** Renders, parses as XML (throws if not well-formed) and checks what every document has. */
function document(element: ReactElement, title: string): XmlElement {
  const root = parseXml(renderToStaticMarkup(element));
  expect(root.name).toBe("svg");
  expect(root.attributes.xmlns).toBe("http://www.w3.org/2000/svg");
  for (const size of ["width", "height"]) expect(Number(root.attributes[size]), size).toBeGreaterThan(0);
  expect(root.attributes.viewBox).toBe(`0 0 ${root.attributes.width} ${root.attributes.height}`);
  expect(root.attributes["font-family"]).toBe("Marianne, arial, sans-serif");
  expect(textContent(byName(root, "title")[0]!)).toBe(title);
  const texts = byName(root, "text").map(read);
  expect(texts).toContain(title);
  expect(texts).toContain(SOURCE);
  // No paint left to a stylesheet: every text has its fill.
  for (const text of byName(root, "text")) expect(text.attributes.fill, textContent(text)).toBeTruthy();
  return root;
}
const byName = (root: XmlElement, name: string) => findAll(root, (element) => element.name === name);
const byClass = (root: XmlElement, name: string) => findAll(root, (element) => classesOf(element).includes(name));

const rows: AggregateRow[] = [
  { key: "MA", label: "Maroc", value: 1_234_567, partnerships: 410 },
  { key: "SN", label: "Sénégal & <Cap-Vert>", value: 800_000, partnerships: 120 },
  { key: "others", label: "Autres pays", value: 50_000, partnerships: 30 },
];
const years = [
  { year: 2019, segments: [{ key: "meae", label: "MEAE", value: 100_000 }, { key: "french-authority", label: "Fonds propres", value: 50_000 }] },
  { year: 2021, segments: [{ key: "french-authority", label: "Fonds propres", value: 80_000 }, { key: "foreign-partners", label: "Partenaires étrangers", value: 20_000 }] },
];

describe("BarChart standalone", () => {
  const title = "Principaux pays partenaires";
  const root = document(<BarChart standalone={standalone} rows={rows} title={title} formatValue={formatEurosCompact} selectedKey="SN" onSelect={() => {}} width={600} />, title);

  it("is a fixed-size, static document with the caption", () => {
    expect(root.attributes.width).toBe("600");
    expect(byName(root, "text").map((text) => textContent(text))).toContain(standalone.caption);
    expect(findAll(root, (element) => "role" in element.attributes && element !== root)).toEqual([]);
    expect(findAll(root, (element) => "tabindex" in element.attributes)).toEqual([]);
  });

  it("writes every bar's fill, the selection and the axis paint as attributes", () => {
    const bars = byClass(root, "chart-bar__rect");
    expect(bars.map((bar) => bar.attributes.fill)).toEqual([DEFAULT_BAR_COLOR, DEFAULT_BAR_COLOR, OTHERS_COLOR]);
    expect(bars[1]!.attributes.stroke).toBe(CHART_STYLE.selectedStroke);
    expect(bars[0]!.attributes.opacity).toBe(String(CHART_STYLE.mutedOpacity));
    for (const line of byName(byClass(root, "chart-axis")[0]!, "line")) expect(line.attributes.stroke).toBe(CHART_STYLE.axis);
    for (const line of byName(byClass(root, "chart-grid")[0]!, "line")) expect(line.attributes.stroke).toBe(CHART_STYLE.grid);
  });

  it("is also BarChartDocument, which server code can import (no \"use client\")", () => {
    const props = { rows, title, formatValue: formatEurosCompact, standalone };
    expect(renderToStaticMarkup(<BarChartDocument {...props} />)).toBe(renderToStaticMarkup(<BarChart {...props} />));
  });

  it("keeps data text as text (escaped, never markup)", () => {
    expect(byClass(root, "chart-bar__label").map((label) => textContent(label))).toContain("Sénégal & <Cap-Vert>");
  });
});

describe("YearChart standalone", () => {
  const title = "Financements déclarés par année et par catégorie de financeur";
  const line = { label: "Partenariats actifs", points: [{ year: 2019, value: 3 }, { year: 2021, value: 5 }] };
  const root = document(
    <YearChart standalone={standalone} years={years} line={line} title={title} formatValue={formatEurosCompact} formatLineValue={formatInteger} selectedYear={2021} />,
    title,
  );

  it("fills every segment and draws the line with its paint", () => {
    const segments = byClass(root, "chart-column__segment");
    expect(segments.map((s) => s.attributes.fill)).toEqual([FINANCER_CATEGORY_COLORS.meae, FINANCER_CATEGORY_COLORS["french-authority"], FINANCER_CATEGORY_COLORS["french-authority"], FINANCER_CATEGORY_COLORS["foreign-partners"]]);
    expect(segments.every((s) => s.attributes.stroke === CHART_STYLE.segmentStroke)).toBe(true);
    expect(byClass(root, "chart-line__path")[0]!.attributes).toMatchObject({ fill: "none", stroke: CHART_STYLE.line });
    expect(byClass(root, "chart-column__hit").map((hit) => hit.attributes.fill)).toEqual([CHART_STYLE.selectedColumn]);
  });

  it("is also YearChartDocument, which server code can import", () => {
    const props = { years, line, title, formatValue: formatEurosCompact, standalone };
    expect(renderToStaticMarkup(<YearChartDocument {...props} />)).toBe(renderToStaticMarkup(<YearChart {...props} />));
  });

  it("draws the legend in the SVG, the line last", () => {
    const legend = byClass(root, "chart-legend")[0]!;
    const labels = byName(legend, "text").map((text) => textContent(text));
    expect(labels).toEqual(["MEAE", "Fonds propres", "Partenaires étrangers", "Partenariats actifs (axe de droite)"]);
    expect(byName(legend, "rect").map((rect) => rect.attributes.fill)).toContain(FINANCER_CATEGORY_COLORS["foreign-partners"]);
  });
});

describe("FundingChart standalone", () => {
  it("is the year chart's document under the partnership's title", () => {
    const root = document(<FundingChart years={years} standalone={{ source: SOURCE }} />, "Financement du partenariat par année et par catégorie de financeur");
    expect(byClass(root, "chart-column__segment")).toHaveLength(4);
  });
});

describe("MapSvg standalone", () => {
  const boundaries = JSON.parse(readFileSync(path.join(process.cwd(), "public", BOUNDARIES_URL), "utf8")) as CountryCollection;
  const countries = [
    countryFigures({ code: "MA", name: "Maroc", partnerships: 410, amount: 1_234_567 }),
    countryFigures({ code: "SN", name: "Sénégal", partnerships: 120, amount: 0 }),
    countryFigures({ code: "DE", name: "Allemagne", partnerships: 2360, amount: 900_000 }),
    countryFigures({ code: "FJ", name: "Fidji", partnerships: 2, amount: 5_000 }),
  ];
  const title = "Pays partenaires";
  const shapes = (root: XmlElement) => new Map(byClass(root, "country").map((shape) => [classesOf(shape).find((c) => c !== "country"), shape]));

  it("colours one path per country with data as the Leaflet map does, the others 'no data', with the legend", () => {
    const root = document(<MapSvg standalone={standalone} boundaries={boundaries} countries={countries} measure="partnerships" mode="choropleth" selected={["SN"]} title={title} />, title);
    const { scale } = measureScale(countries, "partnerships");
    const paths = shapes(root);
    expect(paths.size).toBe(boundaries.features.length);
    for (const country of countries) {
      const shape = paths.get(`country-${country.code}`);
      expect(shape?.name, country.code).toBe("path");
      expect(shape?.attributes.fill, country.code).toBe(colorForValue(scale, country.partnerships));
      expect(shape?.attributes.d, country.code).toMatch(/^M[\d.,-]+L/);
    }
    expect(paths.get("country-FR")?.attributes.fill).toBe(NO_DATA_COLOR);
    expect(paths.get("country-SN")?.attributes.stroke).toBe("#161616");
    const legend = byClass(root, "map-legend")[0]!;
    const legendText = byName(legend, "text").map(read);
    expect(legendText).toEqual(expect.arrayContaining(["Partenariats par pays", "Aucune donnée", BASEMAP_SOURCE]));
    expect(byName(legend, "rect").length).toBeGreaterThanOrEqual(scale.classes.length + 1);
  });

  it("draws proportional circles over grey countries, small over large", () => {
    const root = document(<MapSvg standalone={{ source: SOURCE }} boundaries={boundaries} countries={countries} measure="amount" mode="circles" title={title} />, title);
    const circles = byClass(root, "country-circle").filter((circle) => circle.name === "circle");
    expect(circles.map((circle) => classesOf(circle)[1])).toEqual(["country-circle-MA", "country-circle-DE", "country-circle-FJ"]);
    expect(circles.every((circle) => circle.attributes.fill === "#000091" && Number(circle.attributes.r) > 0)).toBe(true);
    expect(shapes(root).get("country-DE")?.attributes.fill).toBe("#e5e5e5");
    expect(byName(byClass(root, "map-legend")[0]!, "circle")).not.toHaveLength(0);
  });

  it("draws a framed map as the page frames it: Europe larger, the circles outside the frame left out", () => {
    const draw = (box?: LatLngBox) => document(<MapSvg standalone={{ source: SOURCE }} boundaries={boundaries} countries={countries} measure="amount" mode="circles" title={title} box={box} />, title);
    /** Width of a path's bounding box, from its coordinates. */
    const width = (root: XmlElement, code: string) => {
      const xs = [...(shapes(root).get(`country-${code}`)?.attributes.d ?? "").matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
      return Math.max(...xs) - Math.min(...xs);
    };
    const world = draw();
    const europe = draw(REGION_BOXES.europe);
    expect(width(europe, "DE") / width(world, "DE")).toBeGreaterThan(3);
    const circles = (root: XmlElement) => byClass(root, "country-circle").filter((circle) => circle.name === "circle").map((circle) => classesOf(circle)[1]);
    expect(circles(world)).toEqual(["country-circle-MA", "country-circle-DE", "country-circle-FJ"]);
    expect(circles(europe)).toEqual(["country-circle-DE"]);
  });

  it("renders inline as the map alone, labelled by its title", () => {
    const root = parseXml(renderToStaticMarkup(<MapSvg boundaries={boundaries} countries={countries} measure="partnerships" mode="choropleth" title={title} width={600} />));
    expect(root.attributes).toMatchObject({ width: "600", role: "img", "aria-label": title });
    expect(byClass(root, "map-legend")).toEqual([]);
  });
});
