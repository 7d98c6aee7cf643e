import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

/** Marianne, shipped in the repository (see assets/fonts/README.md): servers have no fonts installed. */
const FONT_NAMES = ["Marianne-Regular.otf", "Marianne-Bold.otf"];

export interface PngOptions {
  /** Pixels per SVG unit, for a sharp image on high-density screens and slides. Default 2. */
  scale?: number;
  /** Narrow documents are scaled further up to this width, in px. Default 1600. */
  minWidth?: number;
}

const DEFAULT_SCALE = 2;
const DEFAULT_MIN_WIDTH = 1600;

let fontFiles: string[] | undefined;

/**
 * The font paths, checked once per process. resvg 2.6 takes font files, not buffers, and reads them
 * at each render (about 3 ms for the two); a missing file would not fail there: resvg would draw no
 * text at all, so it fails here instead. Resolved from the working directory, which is the project
 * root both under `next start` and under Vitest; next.config.js traces assets/fonts for the export
 * routes.
 */
function marianneFiles(): string[] {
  if (!fontFiles) {
    const files = FONT_NAMES.map((name) => path.join(process.cwd(), "assets", "fonts", name));
    const missing = files.filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`PNG export: font file(s) missing: ${missing.join(", ")} (see assets/fonts/README.md)`);
    fontFiles = files;
  }
  return fontFiles;
}

/** The root element's width attribute, in px, when it is a plain number (as the app's documents write it). */
function rootWidth(svg: string): number | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = root ? /\swidth="([\d.]+)(?:px)?"/.exec(root)?.[1] : undefined;
  const value = width === undefined ? Number.NaN : Number(width);
  return value > 0 ? value : undefined;
}

function renderOptions(fitTo?: ResvgRenderOptions["fitTo"]): ResvgRenderOptions {
  return {
    // System fonts would make the image depend on the machine (and loading them takes tens of ms).
    font: { loadSystemFonts: false, fontFiles: marianneFiles(), defaultFontFamily: "Marianne", sansSerifFamily: "Marianne" },
    fitTo,
  };
}

/**
 * Renders a standalone SVG document (components/charts/StandaloneFrame) to PNG: `scale` times its
 * size, and at least `minWidth` px wide, the height in proportion. Text is drawn in Marianne whatever
 * the font-family asks for, since it is the only font loaded.
 */
export function svgToPng(svg: string, options: PngOptions = {}): Buffer {
  const scale = options.scale ?? DEFAULT_SCALE;
  const minWidth = options.minWidth ?? DEFAULT_MIN_WIDTH;
  // Reading the width from the markup spares parsing the SVG twice (the map's is about 400 kB).
  const width = rootWidth(svg) ?? new Resvg(svg, renderOptions()).width;
  const target = Math.round(Math.max(width * scale, minWidth));
  return new Resvg(svg, renderOptions({ mode: "width", value: target })).render().asPng();
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's size from its header (the IHDR chunk, which the format requires first). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (png.length < 24 || PNG_SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error("not a PNG file");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunk = String.fromCharCode(...png.subarray(12, 16));
  if (chunk !== "IHDR") throw new Error(`PNG: IHDR expected first, found ${chunk}`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
