/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) and the sampling
 * helpers the demo generator needs. Nothing here reads Math.random or the clock: the same seed
 * always gives the same sequence.
 */

/** splitmix32: mixes a 32-bit state into a well-spread 32-bit value. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  z ^= z >>> 16;
  return [next, z >>> 0];
}

/** Combines a seed and a stream label into one 32-bit seed (so phases draw from independent streams). */
export function deriveSeed(seed: number, stream: number): number {
  const [, a] = splitmix32(Math.trunc(seed) | 0);
  const [, b] = splitmix32((a ^ Math.imul(stream + 1, 0x27d4eb2d)) | 0);
  return b;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = Math.trunc(seed) | 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, value] = splitmix32(state);
      state = next;
      words.push(value);
    }
    [this.a, this.b, this.c, this.d] = words as [number, number, number, number];
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A new generator on an independent stream derived from this seed and a label. */
  static stream(seed: number, stream: number): Rng {
    return new Rng(deriveSeed(seed, stream));
  }

  /** sfc32: a uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-space standard deviation. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Index drawn from small inline weights (for tables built once, use WeightedTable). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let target = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i] as number;
      if (target < 0) return i;
    }
    return weights.length - 1;
  }

  /** Fisher–Yates, in place; returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }
}

/** A weighted choice among fixed items: cumulative weights and a binary search, built once. */
export class WeightedTable<T> {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length !== weights.length) throw new RangeError("items and weights differ in length");
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`bad weight ${w}`);
      sum += w;
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new RangeError("weights sum to zero");
    this.total = sum;
  }

  sampleIndex(rng: Rng): number {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  sample(rng: Rng): T {
    return this.items[this.sampleIndex(rng)] as T;
  }
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), each part at
 * least `minimum` (requires total ≥ minimum × weights.length).
 */
export function allocate(weights: readonly number[], total: number, minimum = 0): number[] {
  const n = weights.length;
  const counts = new Array<number>(n).fill(minimum);
  const rest = total - minimum * n;
  if (rest < 0) throw new RangeError(`cannot give ${minimum} each to ${n} parts out of ${total}`);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (n === 0 || rest === 0 || sum <= 0) return counts;
  const remainders: { index: number; fraction: number }[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (rest * (weights[i] as number)) / sum;
    const whole = Math.floor(exact);
    counts[i] = (counts[i] as number) + whole;
    given += whole;
    remainders.push({ index: i, fraction: exact - whole });
  }
  remainders.sort((x, y) => y.fraction - x.fraction || x.index - y.index);
  for (let k = 0; k < rest - given; k++) {
    const { index } = remainders[k % n] as { index: number };
    counts[index] = (counts[index] as number) + 1;
  }
  return counts;
}

/**
 * k distinct indices drawn without replacement with probability growing with the weights
 * (Efraimidis–Spirakis: the k largest log(u)/w). Zero weights are never drawn unless needed.
 */
export function sampleWithoutReplacement(rng: Rng, weights: readonly number[], k: number): number[] {
  const keyed = weights.map((w, index) => ({
    index,
    key: w > 0 ? Math.log(1 - rng.next()) / w : Number.NEGATIVE_INFINITY,
  }));
  keyed.sort((x, y) => y.key - x.key || x.index - y.index);
  return keyed.slice(0, Math.min(k, weights.length)).map((e) => e.index);
}
