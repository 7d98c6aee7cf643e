import type { QueryIndex } from "./build-index";
import { Dictionary, IdLists } from "./dictionary";

const LIST_FIELDS = ["country", "region", "authority", "authorityKind", "departement", "frenchRegion", "foreignPartner"] as const;
type ListField = (typeof LIST_FIELDS)[number];
type DictField = keyof QueryIndex["dict"];

/**
 * A QueryIndex as plain data (arrays, typed arrays, strings, numbers): what the structured clone
 * of `v8.serialize` keeps. Classes and maps are rebuilt on the way back.
 */
export type StoredIndex = Omit<QueryIndex, "byId" | "dict" | ListField> & {
  dict: Record<DictField, { keys: string[]; labels: string[] }>;
  lists: Record<ListField, { offsets: Int32Array; ids: Int32Array }>;
};

export function toStoredIndex(index: QueryIndex): StoredIndex {
  const { byId: _byId, dict, ...rest } = index;
  const plain = Object.fromEntries(Object.entries(rest).filter(([key]) => !(LIST_FIELDS as readonly string[]).includes(key)));
  return {
    ...(plain as Omit<QueryIndex, "byId" | "dict" | ListField>),
    dict: Object.fromEntries(Object.entries(dict).map(([field, d]) => [field, { keys: d.keys, labels: d.labels }])) as StoredIndex["dict"],
    lists: Object.fromEntries(LIST_FIELDS.map((field) => [field, { offsets: index[field].offsets, ids: index[field].ids }])) as StoredIndex["lists"],
  };
}

export function fromStoredIndex(stored: StoredIndex): QueryIndex {
  const { dict, lists, ...rest } = stored;
  const byId = new Map<string, number>();
  stored.ids.forEach((id, position) => {
    byId.set(id, position);
  });
  return {
    ...rest,
    byId,
    dict: Object.fromEntries(Object.entries(dict).map(([field, d]) => [field, Dictionary.restore(d.keys, d.labels)])) as QueryIndex["dict"],
    ...(Object.fromEntries(LIST_FIELDS.map((field) => [field, new IdLists(lists[field].offsets, lists[field].ids)])) as Pick<QueryIndex, ListField>),
  };
}
