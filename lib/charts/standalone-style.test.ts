import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAP_STYLE } from "@/lib/map/style";
import { CHART_STYLE as S } from "./standalone-style";

const read = (file: string) => readFileSync(path.join(process.cwd(), file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const chartsCss = read("components/charts/charts.css");
const mapCss = read("components/map/map.css");

/** Values of `property` in the rules whose selector list holds `selector`. */
function declared(css: string, selector: string, property: string): string[] {
  return css.split("}").flatMap((block) => {
    const [selectors = "", body = ""] = block.split("{");
    if (!selectors.split(",").some((s) => s.trim() === selector)) return [];
    return body.split(";").flatMap((declaration) => {
      const [name, ...value] = declaration.split(":");
      return name?.trim() === property ? [value.join(":").trim()] : [];
    });
  });
}

/** "#fff" → "#ffffff", so that the CSS's short hex matches the attributes' long one. */
const long = (value: string) => value.replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/gi, "#$1$1$2$2$3$3").toLowerCase();

/** The value must be a whole token of a declaration: "#666666" in "var(--chart-mention, #666666)". */
const expectDeclared = (css: string, selector: string, property: string, value: string | number) =>
  expect(declared(css, selector, property).flatMap((v) => long(v).split(/[\s,()]+/)), `${selector} { ${property} }`).toContain(long(String(value)));

describe("the standalone paint repeats the page's CSS", () => {
  it.each([
    [".chart-svg", "color", S.text],
    [".chart-bar__value", "fill", S.text],
    [".chart-grid line", "stroke", S.grid],
    [".chart-axis line", "stroke", S.axis],
    [".chart-axis text", "fill", S.mention],
    [".chart-bar--selected .chart-bar__rect", "stroke", S.selectedStroke],
    [".chart-bar--selected .chart-bar__rect", "stroke-width", S.selectedStrokeWidth],
    [".chart-bar--muted .chart-bar__rect", "opacity", S.mutedOpacity],
    [".chart-column--muted .chart-column__segment", "opacity", S.mutedOpacity],
    [".chart-column--selected .chart-column__hit", "fill", S.selectedColumn],
    [".chart-column__segment", "stroke", S.segmentStroke],
    [".chart-column__segment", "stroke-width", S.segmentStrokeWidth],
    [".chart-line__path", "stroke", S.line],
    [".chart-line__path", "stroke-width", S.lineWidth],
    [".chart-line__halo", "stroke", S.lineHalo],
    [".chart-line__halo", "stroke-width", S.lineHaloWidth],
    [".chart-line circle", "fill", S.line],
    [".chart-swatch--line", "background", S.line],
  ])("charts.css %s { %s } holds %s", (selector, property, value) => expectDeclared(chartsCss, selector, property, value));

  it.each([
    [".country-map", "--map-ocean", MAP_STYLE.ocean],
    [".map-legend-swatch", "border", MAP_STYLE.legendSwatchBorder],
    [".map-legend-note", "color", MAP_STYLE.legendNote],
    [".map-legend-source", "color", MAP_STYLE.legendNote],
  ])("map.css %s { %s } holds %s", (selector, property, value) => expectDeclared(mapCss, selector, property, value));
});
