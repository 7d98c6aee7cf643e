import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { atlasSource } from "@/lib/charts/standalone-style";
import { classesOf, findAll, parseXml, textContent } from "@/lib/charts/xml";
import type { FranceShapes } from "@/lib/geo/france-shapes";
import { NO_DATA_COLOR } from "@/lib/map/scales";
import { MAP_STYLE } from "@/lib/map/style";
import type { AreaFigures } from "@/lib/query/engine";
import { FranceMapSvg, insetNameLines } from "./FranceMapSvg";

// Three square "départements" in two "régions", one overseas in its frame: enough to check the drawing.
const square = (x: number, y: number) => `M${x},${y}L${x + 10},${y}L${x + 10},${y + 10}L${x},${y + 10}Z`;
const SHAPES: FranceShapes = {
  width: 100,
  height: 50,
  source: "Contours : test",
  departements: [
    { code: "21", name: "Côte-d'Or", region: "27", d: square(10, 10), center: [15, 15] },
    { code: "25", name: "Doubs", region: "27", d: square(20, 10), center: [25, 15] },
    { code: "29", name: "Finistère", region: "53", d: square(30, 10), center: [35, 15] },
    { code: "974", name: "La Réunion", region: "04", d: square(70, 30), center: [75, 35] },
  ],
  regions: [
    { code: "27", name: "Bourgogne-Franche-Comté", region: "27", d: `${square(10, 10)}${square(20, 10)}`, center: [20, 15] },
    { code: "53", name: "Bretagne", region: "53", d: square(30, 10), center: [35, 15] },
    { code: "04", name: "La Réunion", region: "04", d: square(70, 30), center: [75, 35] },
  ],
  insets: [{ codes: ["974"], name: "La Réunion", x: 65, y: 25, width: 20, height: 20 }],
};
const area = (code: string, name: string, partnerships: number, amount = 0): AreaFigures => ({ code, name, partnerships, amount, frenchAuthorities: 1 });
const AREAS = [area("21", "Côte-d'Or", 40, 1000), area("29", "Finistère", 5), area("974", "La Réunion", 12)];

const render = (props: Partial<Parameters<typeof FranceMapSvg>[0]> = {}) =>
  parseXml(renderToStaticMarkup(<FranceMapSvg shapes={SHAPES} level="departement" areas={AREAS} measure="partnerships" title="Côté français" {...props} />));
const areaPath = (root: ReturnType<typeof render>, code: string) => findAll(root, (e) => e.name === "path" && classesOf(e).includes(`area-${code}`))[0]!;

describe("FranceMapSvg", () => {
  it("colours each area with data by its value, the others as no data, and names each in its tooltip", () => {
    const svg = render();
    expect(svg.attributes["aria-label"]).toBe("Côté français");
    const dijon = areaPath(svg, "21");
    const finistere = areaPath(svg, "29");
    expect(dijon.attributes.fill).not.toBe(finistere.attributes.fill);
    expect(areaPath(svg, "25").attributes.fill).toBe(NO_DATA_COLOR);
    expect(textContent(dijon).replace(/\s/g, " ")).toBe("Côte-d'Or — Partenariats : 40");
    // Overseas is drawn in its frame, with its name.
    expect(areaPath(svg, "974")).toBeDefined();
    const names = findAll(svg, (e) => classesOf(e).includes("france-inset-name"));
    expect(names.map((name) => findAll(name, (e) => e.name === "tspan").map(textContent).join(" "))).toEqual(["La Réunion"]);
  });

  it("outlines the chosen areas and draws the régions' borders over the départements", () => {
    const svg = render({ selected: ["29"] });
    expect(areaPath(svg, "29").attributes.stroke).toBe(MAP_STYLE.selected.color);
    expect(areaPath(svg, "21").attributes.stroke).toBe(MAP_STYLE.border.color);
    const borders = findAll(svg, (e) => classesOf(e).includes("france-region-borders"))[0]!;
    expect(findAll(borders, (e) => e.name === "path")).toHaveLength(3);
  });

  it("draws régions alone at the région level", () => {
    const svg = render({ level: "region", areas: [area("27", "Bourgogne-Franche-Comté", 40)] });
    expect(findAll(svg, (e) => e.name === "path" && classesOf(e).includes("area")).map((e) => e.attributes["data-code"])).toEqual(["27", "53", "04"]);
    expect(findAll(svg, (e) => classesOf(e).includes("france-region-borders"))).toHaveLength(0);
  });

  it("as a standalone document, has the title, caption, legend and both sources", () => {
    const source = atlasSource({ demo: true });
    const doc = render({ standalone: { caption: "Sénégal", source }, width: 800 });
    const words = findAll(doc, (e) => e.name === "text").map((t) => textContent(t)).join(" ");
    expect(words).toContain("Côté français");
    expect(words).toContain("Sénégal");
    expect(words).toContain("Nombre de partenariats par département");
    expect(words).toContain("Contours : test");
    expect(doc.attributes.width).toBe("800");
  });
});

describe("insetNameLines", () => {
  it("breaks a long name after its hyphens, on two lines at most", () => {
    expect(insetNameLines("Saint-Pierre-et-Miquelon", 70)).toEqual(["Saint-Pierre-", "et-Miquelon"]);
    expect(insetNameLines("Saint-Barthélemy et Saint-Martin", 70)).toEqual(["Saint-Barthélemy", "et Saint-Martin"]);
    expect(insetNameLines("Guadeloupe", 70)).toEqual(["Guadeloupe"]);
    expect(insetNameLines("Nouvelle-Calédonie", 70).join("")).toBe("Nouvelle-Calédonie");
  });
});
