/**
 * A group of a comparison: both sides' values, their difference and their ratio. Client-safe (the
 * page's tables and charts read these rows).
 */
export interface CompareRow {
  key: string | number;
  label: string;
  a: number;
  b: number;
  partnerships: { a: number; b: number };
  /** B − A. */
  difference: number;
  /** B / A; null when A is 0 (no ratio: shown "—", never ∞ or NaN). */
  ratio: number | null;
}

/** B / A, or null when it is no number (A is 0, or either side is not a finite number). */
export function ratioOf(a: number, b: number): number | null {
  if (a === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return b / a;
}

export function compareRow(key: string | number, label: string, a: number, b: number, pa: number, pb: number): CompareRow {
  return { key, label, a, b, partnerships: { a: pa, b: pb }, difference: b - a, ratio: ratioOf(a, b) };
}
