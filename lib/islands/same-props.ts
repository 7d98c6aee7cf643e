/**
 * Whether a sleeping island (components/islands) would draw the same thing with `next` as with
 * `previous`: values compared by content, not identity (the dashboard builds new answer objects on
 * every render), and functions taken as equal (a callback's identity changes nothing drawn: an
 * island is awake before anyone can call it). A difference wakes the island, so erring towards
 * "different" costs only an early download; the depth limit keeps the walk cheap on big answers.
 */
export function sameProps(previous: unknown, next: unknown, depth = 6): boolean {
  if (Object.is(previous, next)) return true;
  if (typeof previous === "function" && typeof next === "function") return true;
  if (typeof previous !== "object" || typeof next !== "object" || previous === null || next === null) return false;
  if (depth === 0) return false;
  if (Array.isArray(previous) !== Array.isArray(next)) return false;
  if (Array.isArray(previous) && Array.isArray(next)) {
    return previous.length === next.length && previous.every((value, index) => sameProps(value, next[index], depth - 1));
  }
  if (Object.getPrototypeOf(previous) !== Object.getPrototypeOf(next)) return false;
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(before);
  if (keys.length !== Object.keys(after).length) return false;
  return keys.every((key) => Object.hasOwn(after, key) && sameProps(before[key], after[key], depth - 1));
}
