import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChartDocument } from "@/components/charts/BarChartSvg";
import { atlasSource } from "@/lib/charts/standalone-style";
import { formatEurosCompact } from "@/lib/format";
import type { AggregateRow } from "@/lib/query/aggregate";
import { pngSize, svgToPng } from "./png";

const rows: AggregateRow[] = [
  { key: "MA", label: "Maroc", value: 1_234_567, partnerships: 410 },
  { key: "SN", label: "Sénégal", value: 800_000, partnerships: 120 },
  { key: "others", label: "Autres pays", value: 50_000, partnerships: 30 },
];
const standalone = { caption: "Maroc · 2015–2020", source: atlasSource({ demo: true }) };
const barChart = (width?: number) =>
  renderToStaticMarkup(<BarChartDocument rows={rows} title="Principaux pays partenaires" formatValue={formatEurosCompact} standalone={standalone} width={width} />);

const svg = barChart();
const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
const svgHeight = Number(/height="(\d+)"/.exec(svg)?.[1]);
// StandaloneFrame's title: one line of 24 px below the 16 px padding.
const TITLE_BAND = { top: 16, bottom: 40 };

const fontFile = (name: string) => path.join(process.cwd(), "assets", "fonts", `${name}.otf`);

interface Image {
  width: number;
  height: number;
  pixels: Buffer;
}

/** Decodes a PNG with resvg itself (drawn 1:1 as an image, nearest neighbour): no PNG decoder to add. */
function decode(png: Buffer): Image {
  const { width, height } = pngSize(png);
  const wrapper = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  return { width, height, pixels: new Resvg(wrapper, { imageRendering: 1 }).render().pixels };
}

/** Renders the bar chart directly with other fonts, at the size svgToPng gives it. */
function renderWith(font: ResvgRenderOptions["font"], width: number): Image {
  const image = new Resvg(svg, { font, fitTo: { mode: "width", value: width } }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Opaque near-black pixels (the text colour, #161616) in rows [top, bottom). */
function darkPixels({ width, pixels }: Image, top: number, bottom: number): number {
  let count = 0;
  for (let i = top * width * 4; i < bottom * width * 4; i += 4) {
    if (pixels[i]! < 96 && pixels[i + 1]! < 96 && pixels[i + 2]! < 96 && pixels[i + 3]! > 200) count++;
  }
  return count;
}

/** The title band of an image `width` px wide, in its rows. */
function titleRows(width: number) {
  const zoom = width / svgWidth;
  return { top: Math.floor(TITLE_BAND.top * zoom), bottom: Math.ceil(TITLE_BAND.bottom * zoom) };
}

describe("svgToPng", () => {
  const png = svgToPng(svg);
  const image = decode(png);
  const band = titleRows(image.width);

  it("writes a PNG at least 1,600 px wide, in the SVG's proportions", () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { width, height } = pngSize(png);
    expect(svgWidth).toBe(560);
    expect(width).toBe(1600); // 2 × 560 would be narrower
    // The same proportions, up to the rounding of the height to whole pixels.
    expect(Math.abs(height - (svgHeight * width) / svgWidth)).toBeLessThanOrEqual(0.5);
  });

  it("renders at twice the size when that is wider than the minimum, or as asked", () => {
    const wide = barChart(1000);
    const wideHeight = Number(/height="(\d+)"/.exec(wide)?.[1]);
    expect(pngSize(svgToPng(wide))).toEqual({ width: 2000, height: 2 * wideHeight });
    expect(pngSize(svgToPng(wide, { scale: 1, minWidth: 0 }))).toEqual({ width: 1000, height: wideHeight });
    expect(pngSize(svgToPng(svg, { minWidth: 2240 })).width).toBe(2240);
  });

  it("draws the title's text, and nothing else differs without it", () => {
    const untitled = svg.replace(/<text class="chart-document__title".*?<\/text>/, "");
    expect(untitled).not.toBe(svg);
    const blank = decode(svgToPng(untitled));
    // "Principaux pays partenaires" in bold 18 px at ×2.86 blackens about 9,000 pixels.
    expect(darkPixels(image, band.top, band.bottom)).toBeGreaterThan(5000);
    expect(darkPixels(blank, band.top, band.bottom)).toBe(0);
    const rowBytes = image.width * 4;
    expect(image.pixels.subarray(0, band.top * rowBytes).equals(blank.pixels.subarray(0, band.top * rowBytes))).toBe(true);
    expect(image.pixels.subarray(band.bottom * rowBytes).equals(blank.pixels.subarray(band.bottom * rowBytes))).toBe(true);
  });

  it("draws its text with the repository's Marianne, whatever the machine's fonts", () => {
    // The same pixels with the system's fonts loaded too: Marianne, first in the SVG's font-family, is what is drawn.
    const withSystemFonts = renderWith({ loadSystemFonts: true, fontFiles: [fontFile("Marianne-Regular"), fontFile("Marianne-Bold")] }, image.width);
    expect(withSystemFonts.pixels.equals(image.pixels)).toBe(true);
    // Without any font resvg draws no text at all, silently: the title's pixels come from assets/fonts.
    expect(darkPixels(renderWith({ loadSystemFonts: false }, image.width), band.top, band.bottom)).toBe(0);
    // The bold title needs Marianne Bold: with the regular face alone it is drawn thinner.
    const regularOnly = renderWith({ loadSystemFonts: false, fontFiles: [fontFile("Marianne-Regular")] }, image.width);
    expect(darkPixels(regularOnly, band.top, band.bottom)).toBeLessThan(darkPixels(image, band.top, band.bottom) * 0.8);
  });

  it("draws French numbers' narrow no-break space, which Marianne lacks, as a thin gap", () => {
    const text = (content: string) =>
      decode(svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="Marianne, arial, sans-serif"><rect width="200" height="40" fill="#fff"/><text x="10" y="30" font-size="24" fill="#161616">${content}</text></svg>`));
    const rightmostInk = (image: Image) => {
      let right = -1;
      for (let i = 0; i < image.pixels.length; i += 4) if (image.pixels[i]! < 96) right = Math.max(right, (i / 4) % image.width);
      return right;
    };
    // No .notdef box: the character alone draws nothing.
    expect(rightmostInk(text("\u202f\u202f\u202f"))).toBe(-1);
    const [joined, narrow, space] = ["1234", "1\u202f234", "1 234"].map((content) => rightmostInk(text(content)));
    expect(narrow).toBeGreaterThan(joined!);
    expect(narrow).toBeLessThan(space!);
  });
});

describe("pngSize", () => {
  it("reads the size from the header and rejects other files", () => {
    expect(pngSize(svgToPng(svg, { scale: 1, minWidth: 0 }))).toEqual({ width: svgWidth, height: svgHeight });
    expect(() => pngSize(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toThrow("not a PNG");
  });
});
