/**
 * Writes the Latin subsets of the DSFR's Marianne faces to dsfr-bootstrap/fonts/ and their
 * @font-face rules to dsfr-bootstrap/marianne-latin.css (why and which characters:
 * lib/fonts/latin-subset.ts). Deterministic: a rerun writes the same bytes. Run it after an update
 * of @codegouvfr/react-dsfr or a change of the ranges; its output is committed.
 *
 *   npx tsx scripts/build-web-fonts.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { MARIANNE_FACES, subsetFileName, subsetStylesheet, subsetText } from "../lib/fonts/latin-subset";

const ROOT = path.resolve(__dirname, "..");
export const DSFR_FONTS = path.join(ROOT, "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");
export const OUT = path.join(ROOT, "dsfr-bootstrap");

/** The face `file` of the DSFR cut to `text` (by default the Latin subset's characters). */
export async function subsetFace(file: string, text = subsetText()): Promise<Buffer> {
  return subsetFont(readFileSync(path.join(DSFR_FONTS, `${file}.woff2`)), text, { targetFormat: "woff2" });
}

async function main() {
  for (const { file } of MARIANNE_FACES) {
    const full = readFileSync(path.join(DSFR_FONTS, `${file}.woff2`)).length;
    const subset = await subsetFace(file);
    writeFileSync(path.join(OUT, "fonts", subsetFileName(file)), subset);
    console.log(`${file}: ${full} → ${subset.length} bytes`);
  }
  writeFileSync(path.join(OUT, "marianne-latin.css"), subsetStylesheet());
}

if (require.main === module) void main();
