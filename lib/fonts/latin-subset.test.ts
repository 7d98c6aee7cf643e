import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import postcss from "postcss";
import { subsetFace } from "../../scripts/build-web-fonts";
import dropDsfrMarianne from "../../scripts/postcss/drop-dsfr-marianne";
import { MARIANNE_FACES, MISSING_IN_MARIANNE, fullFaceRanges, inLatinSubset, subsetFaceRanges, subsetFileName, subsetStylesheet, subsetText, unicodeRange, withoutRanges } from "./latin-subset";

const ROOT = path.resolve(__dirname, "../..");
const BOOTSTRAP = path.join(ROOT, "dsfr-bootstrap");

describe("the Latin subsets of Marianne", () => {
  it("cuts ranges, and splits the characters between the subset and the full faces, leaving out those Marianne lacks", () => {
    expect(withoutRanges([[0, 10], [20, 30]], [[5, 5], [9, 21]])).toEqual([[0, 4], [6, 8], [22, 30]]);
    expect(unicodeRange([[0x20, 0x7e], [0x131, 0x131]])).toBe("U+20-7E, U+131");
    const claims = (ranges: Array<[number, number]>, code: number) => ranges.some(([from, to]) => code >= from && code <= to);
    for (const code of [0x41, 0xe9, 0x20ac, 0x141, 0x103, 0x202f]) {
      const byFaces = [claims(subsetFaceRanges(), code), claims(fullFaceRanges(), code)].filter(Boolean).length;
      expect(byFaces, `U+${code.toString(16)}`).toBe(MISSING_IN_MARIANNE.includes(code) ? 0 : 1);
    }
    expect(inLatinSubset("é")).toBe(true);
    expect(inLatinSubset(" ")).toBe(true); // the narrow no-break space of French numbers
    expect(inLatinSubset("€")).toBe(true);
    expect(inLatinSubset("Ł")).toBe(false);
  });

  it("are built: the stylesheet is the generated one and every face it names exists, at about half the DSFR's bytes", () => {
    expect(readFileSync(path.join(BOOTSTRAP, "marianne-latin.css"), "utf8")).toBe(subsetStylesheet());
    const dsfrFonts = path.join(ROOT, "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");
    for (const { file } of MARIANNE_FACES) {
      const subset = readFileSync(path.join(BOOTSTRAP, "fonts", subsetFileName(file)));
      const full = readFileSync(path.join(dsfrFonts, `${file}.woff2`));
      expect(subset.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(subset.length).toBeLessThan(full.length * 0.6);
    }
  });

  it("know which characters Marianne lacks (asked of the font itself)", async () => {
    const empty = (await subsetFace("Marianne-Regular", "")).length;
    const missing: number[] = [];
    for (const character of subsetText()) if ((await subsetFace("Marianne-Regular", character)).length <= empty) missing.push(character.codePointAt(0) ?? 0);
    expect(missing).toEqual([...MISSING_IN_MARIANNE]);
  });

  it("drop the DSFR core's own Marianne faces from the build, not the site's nor other fonts", async () => {
    const css = [
      '@font-face{font-family:Marianne;font-weight:400;src:url(../fonts/Marianne-Regular.woff2) format("woff2")}',
      '@font-face{font-family:Spectral;src:url(../fonts/Spectral-Regular.woff2) format("woff2")}',
      '@font-face{font-family:Marianne;src:url("../node_modules/@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Regular.woff2");unicode-range:U+100-130}',
      '@font-face{font-family:Marianne;src:url("./fonts/Marianne-Regular.latin.woff2");unicode-range:U+20-7E}',
    ].join("\n");
    const out = (await postcss([dropDsfrMarianne()]).process(css, { from: undefined })).css;
    expect(out).not.toContain("../fonts/Marianne-Regular.woff2");
    expect(out).toContain("Spectral-Regular");
    expect(out).toContain("node_modules/@codegouvfr");
    expect(out).toContain("Marianne-Regular.latin.woff2");
  });

  it("hold every character the interface writes, in French and in English", () => {
    const labels = path.join(ROOT, "lib/labels");
    const outside = new Set<string>();
    for (const name of readdirSync(labels).filter((file) => /^(fr|en)[-.].*\.ts$/.test(file) && !file.endsWith(".test.ts"))) {
      for (const character of readFileSync(path.join(labels, name), "utf8")) {
        if (character !== "\n" && !inLatinSubset(character)) outside.add(`${character} (U+${character.codePointAt(0)?.toString(16)}) in ${name}`);
      }
    }
    expect([...outside]).toEqual([]);
  });
});
