/**
 * A French table's shape with its literal strings widened to `string`. fr-detail.ts and
 * fr-tiles.ts are declared `as const`, so `typeof detailFr` demands the French words themselves:
 * another language's table is checked against this widened shape instead (same keys, same
 * function signatures), then cast to the French type that `Labels` names.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { -readonly [K in keyof T]: Widen<T[K]> }
      : T;

/**
 * The English noun for a count the French signature passes as formatted text ("1", "1,204"):
 * singular for one only; English counts zero as plural where French counts it singular.
 */
export function nounFor(count: string, one: string, many: string): string {
  return count === "1" ? one : many;
}
