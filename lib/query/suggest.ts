import { normalizeName } from "../normalize";
import type { QueryIndex } from "./build-index";

export const SUGGEST_FIELDS = ["authority", "financer"] as const;
export type SuggestField = (typeof SUGGEST_FIELDS)[number];

export interface Suggestion {
  key: string;
  label: string;
  partnerships: number;
}

interface Candidates {
  keys: string[];
  labels: string[];
  normalized: string[];
  partnerships: Int32Array;
}
const cache = new WeakMap<QueryIndex, Map<SuggestField, Candidates>>();

function candidates(index: QueryIndex, field: SuggestField): Candidates {
  let byField = cache.get(index);
  if (!byField) {
    byField = new Map();
    cache.set(index, byField);
  }
  let found = byField.get(field);
  if (!found) {
    const dict = index.dict[field];
    const partnerships = new Int32Array(dict.size);
    if (field === "authority") {
      for (const id of index.authority.ids) partnerships[id]! += 1;
    } else {
      // Partnerships funded by each financer (a financer appears once per partnership).
      for (let p = 0; p < index.count; p += 1) {
        const seen = new Set<number>();
        for (let r = index.rowStart[p]!; r < index.rowStart[p + 1]!; r += 1) seen.add(index.rowFinancer[r]!);
        for (const id of seen) partnerships[id]! += 1;
      }
    }
    found = { keys: dict.keys, labels: dict.labels, normalized: dict.labels.map((l) => ` ${normalizeName(l)}`), partnerships };
    byField.set(field, found);
  }
  return found;
}

/**
 * Type-ahead over French authorities or financers: every word of `q` must start a word of the name
 * (accents and case ignored); names starting with `q` first, then the most active.
 */
export function suggest(index: QueryIndex, field: SuggestField, q: string, limit: number): Suggestion[] {
  const { keys, labels, normalized, partnerships } = candidates(index, field);
  const words = normalizeName(q).split(" ").filter(Boolean).map((w) => ` ${w}`);
  const prefix = words.join("");
  const hits: { id: number; rank: number }[] = [];
  for (let id = 0; id < keys.length; id += 1) {
    const name = normalized[id]!;
    if (words.every((w) => name.includes(w))) hits.push({ id, rank: name.startsWith(prefix) ? 0 : 1 });
  }
  hits.sort((a, b) => a.rank - b.rank || partnerships[b.id]! - partnerships[a.id]! || labels[a.id]!.localeCompare(labels[b.id]!, "fr"));
  return hits.slice(0, limit).map(({ id }) => ({ key: keys[id]!, label: labels[id]!, partnerships: partnerships[id]! }));
}
