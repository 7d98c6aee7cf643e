/** Year steps between tick labels, in order of preference: round years read best. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Thins consecutive years to at most `maxTicks` tick labels so that they do not overlap: always
 * keeps the first and last year, and in between the multiples of the smallest round step that
 * fits, dropping those closer than half a step to either end.
 */
export function thinYearTicks(years: readonly number[], maxTicks: number): number[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const limit = Math.max(2, Math.floor(maxTicks));
  if (sorted.length <= limit) return sorted;
  if (limit === 2) return [first, last];
  const span = last - first;
  const step = YEAR_STEPS.find((s) => Math.floor(span / s) + 2 <= limit) ?? Math.ceil(span / (limit - 2));
  const middle = sorted.filter((y) => y % step === 0 && y - first >= step / 2 && last - y >= step / 2);
  return [first, ...middle, last];
}
