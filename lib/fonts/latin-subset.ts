/**
 * The characters of the Marianne faces the site ships itself (scripts/build-web-fonts.ts): Latin-1,
 * the French ligatures and the typography and symbols the interface writes (quotes, dashes, the
 * narrow no-break space of French numbers, €, arrows, sort triangles). Half the bytes of the DSFR's
 * full faces, which the browser still fetches for any other character a name may hold (Ł, ă, ş…),
 * through the `unicode-range` of the @font-face rules.
 *
 * A character the interface writes outside these ranges would make every page fetch a full face:
 * lib/fonts/latin-subset.test.ts checks the label tables against them.
 */
export const LATIN_SUBSET_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x178, 0x178],
  [0x2c6, 0x2c6],
  [0x2dc, 0x2dc],
  [0x2009, 0x200b],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x202f, 0x2030],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2195],
  [0x21c4, 0x21c4],
  [0x2212, 0x2212],
  [0x221e, 0x221e],
  [0x2248, 0x2248],
  [0x2264, 0x2265],
  [0x25b2, 0x25b2],
  [0x25bc, 0x25bc],
];

/**
 * Characters Marianne has no glyph for (lib/fonts/latin-subset.test.ts asks the font): the narrow
 * no-break space of French numbers, the soft hyphen, µ, the arrows and triangles of the sort
 * buttons. No Marianne face claims them, so the browser goes straight to the next font of the
 * stack: claimed by a face without the glyph, it would download every other face that claims
 * them (the full 42 KB file) before giving up the same way.
 */
export const MISSING_IN_MARIANNE: readonly number[] = [0xad, 0xb5, 0x202f, 0x2194, 0x2195, 0x21c4, 0x221e, 0x25b2, 0x25bc];

type Ranges = ReadonlyArray<readonly [number, number]>;

/** `ranges` without the code points of `cut` (both sorted, without overlaps). */
export function withoutRanges(ranges: Ranges, cut: Ranges): Array<[number, number]> {
  let result: Array<[number, number]> = ranges.map(([from, to]) => [from, to]);
  for (const [cutFrom, cutTo] of cut) {
    result = result.flatMap(([from, to]): Array<[number, number]> => {
      if (cutTo < from || cutFrom > to) return [[from, to]];
      const kept: Array<[number, number]> = [];
      if (cutFrom > from) kept.push([from, cutFrom - 1]);
      if (cutTo < to) kept.push([cutTo + 1, to]);
      return kept;
    });
  }
  return result;
}

const MISSING_RANGES: Ranges = MISSING_IN_MARIANNE.map((code) => [code, code] as const);

/** What the subset faces claim: the subset's characters that Marianne draws. */
export const subsetFaceRanges = () => withoutRanges(LATIN_SUBSET_RANGES, MISSING_RANGES);

/** What the full faces claim: every other character Marianne may draw (Ł, ă, ş…). */
export const fullFaceRanges = () => withoutRanges(withoutRanges([[0, 0x10ffff]], LATIN_SUBSET_RANGES), MISSING_RANGES);

const hex = (code: number) => code.toString(16).toUpperCase();

/** Ranges as CSS writes them: `U+20-7E, U+A0-AC, U+AE-B4, …`. */
export function unicodeRange(ranges: Ranges = subsetFaceRanges()): string {
  return ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(", ");
}

/** Every character of the ranges, for the subsetter. */
export function subsetText(): string {
  const codes: number[] = [];
  for (const [from, to] of LATIN_SUBSET_RANGES) for (let code = from; code <= to; code += 1) codes.push(code);
  return String.fromCodePoint(...codes);
}

export function inLatinSubset(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return LATIN_SUBSET_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The Marianne faces subset, as the DSFR names its files and declares them (weight, style). */
export const MARIANNE_FACES = [
  { file: "Marianne-Light", weight: 300, style: "normal" },
  { file: "Marianne-Light_Italic", weight: 300, style: "italic" },
  { file: "Marianne-Regular", weight: 400, style: "normal" },
  { file: "Marianne-Regular_Italic", weight: 400, style: "italic" },
  { file: "Marianne-Medium", weight: 500, style: "normal" },
  { file: "Marianne-Medium_Italic", weight: 500, style: "italic" },
  { file: "Marianne-Bold", weight: 700, style: "normal" },
  { file: "Marianne-Bold_Italic", weight: 700, style: "italic" },
] as const;

export type MarianneFace = (typeof MARIANNE_FACES)[number]["file"];

/** The subset's file name, beside the stylesheet in dsfr-bootstrap/fonts/. */
export const subsetFileName = (face: MarianneFace) => `${face}.latin.woff2`;

/** Where the stylesheet (in dsfr-bootstrap/) finds the DSFR's full faces. */
const DSFR_FONTS = "../node_modules/@codegouvfr/react-dsfr/dsfr/fonts";

/**
 * The @font-face rules of Marianne in place of the DSFR core's (which the build drops:
 * scripts/postcss/drop-dsfr-marianne.js): per face, the Latin subset for its characters and the
 * DSFR's full file for the others, each fetched only when a page draws one of its characters.
 */
export function subsetStylesheet(): string {
  const face = (weight: number, style: string, src: string, ranges: string) =>
    `@font-face {\n  font-family: Marianne;\n  font-style: ${style};\n  font-weight: ${weight};\n  font-display: swap;\n  src: ${src};\n  unicode-range: ${ranges};\n}\n`;
  const subset = unicodeRange(subsetFaceRanges());
  const full = unicodeRange(fullFaceRanges());
  const rules = MARIANNE_FACES.flatMap(({ file, weight, style }) => [
    face(weight, style, `url("${DSFR_FONTS}/${file}.woff2") format("woff2"), url("${DSFR_FONTS}/${file}.woff") format("woff")`, full),
    face(weight, style, `url("./fonts/${subsetFileName(file)}") format("woff2")`, subset),
  ]);
  return `/* Generated by scripts/build-web-fonts.ts (see lib/fonts/latin-subset.ts): do not edit. */\n${rules.join("")}`;
}
