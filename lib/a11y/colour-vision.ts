/**
 * How a colour looks to a person with a colour-vision deficiency, and how far apart two colours
 * look: what lib/a11y/palettes.test.ts checks the charts' and maps' palettes with. Pure, no
 * dependency.
 *
 * Simulation: Machado, Oliveira & Fernandes, "A Physiologically-based Model for Simulation of
 * Color Vision Deficiency", IEEE TVCG 15(6), 2009, severity 1.0 (dichromacy, the worst case),
 * applied to linear RGB as the DaltonLens review of simulations recommends
 * (https://daltonlens.org/opensource-cvd-simulation/). Achromatopsia keeps only the relative
 * luminance. Colour difference: CIEDE2000 (Sharma, Wu & Dalal, Color Res. Appl. 30(1), 2005)
 * between CIELAB values under D65.
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

export const VISIONS = ["normal", "protanopia", "deuteranopia", "tritanopia", "achromatopsia"] as const;
export type Vision = (typeof VISIONS)[number];

/** Machado et al. 2009, table of severity 1.0 (their supplementary material), linear RGB in and out. */
const MACHADO: Record<"protanopia" | "deuteranopia" | "tritanopia", Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/**
 * `#rgb`, `#rrggbb` or `rgb(r, g, b)` (the forms the code's palettes use; d3's interpolators
 * write the last) as sRGB channels in 0…1.
 */
export function parseColor(color: string): Rgb {
  const functional = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(color.trim());
  if (functional) return [Number(functional[1]) / 255, Number(functional[2]) / 255, Number(functional[3]) / 255];
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) throw new Error(`not a colour this module reads: ${color}`);
  const digits = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  const channel = (i: number) => Number.parseInt(digits.slice(i, i + 2), 16) / 255;
  return [channel(0), channel(2), channel(4)];
}

/** The sRGB transfer function undone (IEC 61966-2-1): channels proportional to light. */
export function srgbToLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const map3 = ([a, b, c]: Rgb, f: (value: number) => number): Rgb => [f(a), f(b), f(c)];

const apply = (m: Matrix, [r, g, b]: Rgb): Rgb => [
  m[0][0] * r + m[0][1] * g + m[0][2] * b,
  m[1][0] * r + m[1][1] * g + m[1][2] * b,
  m[2][0] * r + m[2][1] * g + m[2][2] * b,
];

/** Relative luminance (WCAG's, Rec. 709 weights) of linear RGB. */
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/**
 * Linear RGB of `hex` as seen under `vision`. Results are clamped to the gamut: a screen cannot
 * show the rest, and the matrices slightly overshoot for saturated colours.
 */
export function simulateLinear(hex: string, vision: Vision): Rgb {
  const linear = map3(parseColor(hex), srgbToLinear);
  if (vision === "normal") return linear;
  if (vision === "achromatopsia") {
    const y = luminance(linear);
    return [y, y, y];
  }
  return map3(apply(MACHADO[vision], linear), clamp01);
}

// D65 white of sRGB (IEC 61966-2-1), XYZ with Y = 1.
const WHITE = [0.95047, 1, 1.08883] as const;
const SRGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];

/** CIELAB (D65) of linear RGB. */
export function linearToLab(linear: Rgb): Lab {
  const xyz = apply(SRGB_TO_XYZ, linear);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(xyz[0] / WHITE[0]), f(xyz[1] / WHITE[1]), f(xyz[2] / WHITE[2])];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIELAB of `hex` as seen under `vision`. */
export function labUnder(hex: string, vision: Vision): Lab {
  return linearToLab(simulateLinear(hex, vision));
}

const deg = (radians: number) => (radians * 180) / Math.PI;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** CIEDE2000 colour difference (kL = kC = kH = 1), after Sharma, Wu & Dalal 2005, equations 1–22. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);

  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  let dhp = 0;
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dhp / 2));

  const lBarp = (l1 + l2) / 2;
  const cBarp = (c1p + c2p) / 2;
  let hBarp = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBarp /= 2;
    else hBarp = h1p + h2p < 360 ? (hBarp + 360) / 2 : (hBarp - 360) / 2;
  }
  const t =
    1 - 0.17 * Math.cos(rad(hBarp - 30)) + 0.24 * Math.cos(rad(2 * hBarp)) + 0.32 * Math.cos(rad(3 * hBarp + 6)) - 0.2 * Math.cos(rad(4 * hBarp - 63));
  const dTheta = 30 * Math.exp(-(((hBarp - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarp ** 7 / (cBarp ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBarp - 50) ** 2) / Math.sqrt(20 + (lBarp - 50) ** 2);
  const sc = 1 + 0.045 * cBarp;
  const sh = 1 + 0.015 * cBarp * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt((dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh));
}

/** How different two colours look under `vision` (CIEDE2000). */
export function visibleDifference(a: string, b: string, vision: Vision): number {
  return deltaE2000(labUnder(a, vision), labUnder(b, vision));
}

/** The closest pair of a set of colours under `vision`: its ΔE2000 and the two colours. */
export function closestPair(colors: readonly string[], vision: Vision): { deltaE: number; pair: [string, string] } {
  let best = { deltaE: Number.POSITIVE_INFINITY, pair: ["", ""] as [string, string] };
  for (let i = 0; i < colors.length; i++) {
    for (let j = i + 1; j < colors.length; j++) {
      const a = colors[i]!;
      const b = colors[j]!;
      const deltaE = visibleDifference(a, b, vision);
      if (deltaE < best.deltaE) best = { deltaE, pair: [a, b] };
    }
  }
  return best;
}

/** The smallest difference between neighbours of an ordered scale under `vision`. */
export function closestNeighbours(colors: readonly string[], vision: Vision): { deltaE: number; pair: [string, string] } {
  let best = { deltaE: Number.POSITIVE_INFINITY, pair: ["", ""] as [string, string] };
  for (let i = 1; i < colors.length; i++) {
    const a = colors[i - 1]!;
    const b = colors[i]!;
    const deltaE = visibleDifference(a, b, vision);
    if (deltaE < best.deltaE) best = { deltaE, pair: [a, b] };
  }
  return best;
}

/** CIELAB lightness (L*) of `hex` under `vision`. */
export function lightnessUnder(hex: string, vision: Vision): number {
  return labUnder(hex, vision)[0];
}
