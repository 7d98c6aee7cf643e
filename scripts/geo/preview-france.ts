/**
 * Draws public/geo/france.json as the map panel would, to check it by eye after a rebuild:
 * départements in a light fill with white borders, régions outlined, inset frames with their names.
 *
 *   npx tsx scripts/geo/preview-france.ts [out.png] [--labels] [--crop=x,y,width,height]
 *
 * Writes /tmp/france-preview.png by default (2× scale), and the SVG beside it. --labels writes
 * each département's code at its `center`, to check that the centres fall inside the shapes;
 * --crop draws only that part of the drawing, 6× (Paris's small départements: --crop=330,150,60,50).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { type FranceShapes, INSET_LABEL_BAND } from "../../lib/geo/france-shapes";

const args = process.argv.slice(2);
const output = args.find((arg) => !arg.startsWith("--")) ?? "/tmp/france-preview.png";
const labels = args.includes("--labels");
const crop = args.find((arg) => arg.startsWith("--crop="))?.slice(7).split(",").map(Number);
const shapes = JSON.parse(readFileSync(path.join(process.cwd(), "public", "geo", "france.json"), "utf8")) as FranceShapes;

// Two lines at most: split long names at the hyphen or space nearest the middle.
function nameLines(name: string): string[] {
  if (name.length <= 14) return [name];
  const middle = name.length / 2;
  let best = -1;
  for (let index = 0; index < name.length; index++) {
    if ((name[index] === "-" || name[index] === " ") && (best < 0 || Math.abs(index - middle) < Math.abs(best - middle))) best = index;
  }
  if (best < 0) return [name];
  return [name.slice(0, best + (name[best] === "-" ? 1 : 0)), name.slice(best + 1)];
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const parts: string[] = [
  `<svg xmlns="http://www.w3.org/2000/svg" width="${crop?.[2] ?? shapes.width}" height="${crop?.[3] ?? shapes.height}" viewBox="${crop?.join(" ") ?? `0 0 ${shapes.width} ${shapes.height}`}" font-family="Marianne">`,
  `<rect width="${shapes.width}" height="${shapes.height}" fill="#f6f6f6"/>`,
];
for (const inset of shapes.insets) {
  parts.push(`<rect x="${inset.x}" y="${inset.y}" width="${inset.width}" height="${inset.height}" fill="#fff" stroke="#929292" stroke-width="0.75"/>`);
  nameLines(inset.name).forEach((line, index) => {
    const y = inset.y + inset.height + 10 + index * 10;
    if (y > inset.y + inset.height + INSET_LABEL_BAND) throw new Error(`${inset.name}: name taller than the label band`);
    parts.push(`<text x="${inset.x + inset.width / 2}" y="${y}" font-size="9" text-anchor="middle" fill="#3a3a3a">${escapeXml(line)}</text>`);
  });
}
for (const shape of shapes.departements) parts.push(`<path d="${shape.d}" fill="#cacafb" stroke="#fff" stroke-width="0.6"/>`);
for (const shape of shapes.regions) parts.push(`<path d="${shape.d}" fill="none" stroke="#000091" stroke-width="1.1" stroke-linejoin="round"/>`);
for (const shape of shapes.departements) {
  const [x, y] = shape.center;
  parts.push(
    labels
      ? `<text x="${x}" y="${y + 2}" font-size="5.5" text-anchor="middle" fill="#c9191e">${shape.code}</text>`
      : `<circle cx="${x}" cy="${y}" r="1.2" fill="#c9191e"/>`,
  );
}
parts.push(`<text x="${shapes.width - 6}" y="${shapes.height - 4}" font-size="6" text-anchor="end" fill="#666">${escapeXml(shapes.source)}</text>`, "</svg>");

const svg = parts.join("\n");
writeFileSync(output.replace(/\.png$/, ".svg"), svg);
const fontFiles = ["Marianne-Regular.otf", "Marianne-Bold.otf"].map((name) => path.join(process.cwd(), "assets", "fonts", name));
const png = new Resvg(svg, { fitTo: { mode: "zoom", value: crop ? 6 : 2 }, font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "Marianne" } })
  .render()
  .asPng();
writeFileSync(output, png);
console.log(`${output}: ${shapes.departements.length} départements, ${shapes.regions.length} régions, ${shapes.insets.length} insets`);
