import type { QueryIndex } from "./build-index";
import { IdLists } from "./dictionary";

export type ListField = "country" | "region" | "authority" | "authorityKind" | "departement" | "frenchRegion" | "foreignPartner";

// Built on first use per index and field: a filter on few values then touches only their partnerships.
const cache = new WeakMap<QueryIndex, Map<ListField, IdLists>>();

/** The partnerships of each value of a list field (the transpose of index[field]), ascending. */
export function postingsOf(index: QueryIndex, field: ListField): IdLists {
  let byField = cache.get(index);
  if (!byField) {
    byField = new Map();
    cache.set(index, byField);
  }
  let postings = byField.get(field);
  if (!postings) {
    const lists = index[field];
    const size = index.dict[field].size;
    const offsets = new Int32Array(size + 1);
    for (const id of lists.ids) offsets[id + 1]! += 1;
    for (let id = 0; id < size; id += 1) offsets[id + 1]! += offsets[id]!;
    const fill = offsets.slice(0, size);
    const positions = new Int32Array(lists.ids.length);
    for (let p = 0; p < index.count; p += 1) {
      for (let i = lists.offsets[p]!; i < lists.offsets[p + 1]!; i += 1) positions[fill[lists.ids[i]!]!++] = p;
    }
    postings = new IdLists(offsets, positions);
    byField.set(field, postings);
  }
  return postings;
}

/** Writes into `mask` 1 for the partnerships that have at least one of `ids` in a list field, 0 for the others. */
export function maskOf(index: QueryIndex, field: ListField, ids: ReadonlySet<number>, mask: Uint8Array): Uint8Array {
  const postings = postingsOf(index, field);
  mask.fill(0);
  for (const id of ids) {
    for (let i = postings.offsets[id]!; i < postings.offsets[id + 1]!; i += 1) mask[postings.ids[i]!] = 1;
  }
  return mask;
}
