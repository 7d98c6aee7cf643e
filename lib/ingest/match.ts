import type { Partnership } from "../model";

/** How an imported record was recognised as one already in the dataset. */
export type MatchedBy = "atlas-id" | "id" | "content";

/** A record that replaced one already there (the kept id is the existing record's). */
export interface UpdatedRecord {
  id: string;
  title: string;
  matchedBy: MatchedBy;
  /** The file the new version came from, when known. */
  file: string | null;
}

const normalized = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * What makes two records without a common Atlas id the same partnership whatever the file's
 * format: the same title, French authorities and partner countries, compared without case,
 * accents, punctuation or order (a country by its code when known, else by its name).
 */
export function contentKey(p: Partnership): string {
  const authorities = p.frenchAuthorities.map((a) => normalized(a.name)).sort();
  const countries = [...new Set(p.foreignPartners.map((f) => f.country ?? normalized(f.countryName)))].sort();
  return JSON.stringify([normalized(p.title), authorities, countries]);
}

/** Two Atlas ids that differ name two partnerships, however alike their texts. */
const compatible = (a: Partnership, b: Partnership) =>
  a.source.atlasId === null || b.source.atlasId === null || a.source.atlasId === b.source.atlasId;

/**
 * The dataset's records, findable by Atlas id, id and content. A record of the same partnership
 * replaces the one there in place and keeps its id, so that links to it keep working; what the
 * new version lacks of the Atlas id and page is kept from the old one.
 */
export class RecordMatcher {
  readonly records: Partnership[];
  private readonly byAtlasId = new Map<number, number>();
  private readonly byId = new Map<string, number>();
  private readonly byContent = new Map<string, number>();

  constructor(existing: readonly Partnership[]) {
    this.records = [...existing];
    this.records.forEach((record, index) => {
      this.register(record, index);
    });
  }

  private register(record: Partnership, index: number) {
    if (record.source.atlasId !== null && !this.byAtlasId.has(record.source.atlasId)) this.byAtlasId.set(record.source.atlasId, index);
    if (!this.byId.has(record.id)) this.byId.set(record.id, index);
    const key = contentKey(record);
    if (!this.byContent.has(key)) this.byContent.set(key, index);
  }

  /** Where the same partnership is, and how it was found; null when it is new. */
  find(record: Partnership): { index: number; matchedBy: MatchedBy } | null {
    const atlasId = record.source.atlasId;
    const byAtlas = atlasId === null ? undefined : this.byAtlasId.get(atlasId);
    if (byAtlas !== undefined) return { index: byAtlas, matchedBy: "atlas-id" };
    const byId = this.byId.get(record.id);
    if (byId !== undefined && compatible(this.records[byId]!, record)) return { index: byId, matchedBy: "id" };
    const byContent = this.byContent.get(contentKey(record));
    if (byContent !== undefined && compatible(this.records[byContent]!, record)) return { index: byContent, matchedBy: "content" };
    return null;
  }

  /** Adds a record, or replaces the same partnership's; returns what it updated, null when added. */
  put(record: Partnership, file: string | null): UpdatedRecord | null {
    const found = this.find(record);
    if (!found) {
      let id = record.id;
      // A different partnership that happens to carry a taken id (two files' content ids) gets a free one.
      for (let n = 2; this.byId.has(id); n++) id = `${record.id}-${n}`;
      const added = { ...record, id };
      this.records.push(added);
      this.register(added, this.records.length - 1);
      return null;
    }
    const old = this.records[found.index]!;
    const source = {
      ...record.source,
      atlasId: record.source.atlasId ?? old.source.atlasId,
      url: record.source.url ?? old.source.url,
    };
    const updated = { ...record, id: old.id, source };
    this.records[found.index] = updated;
    this.register(updated, found.index);
    return { id: old.id, title: updated.title, matchedBy: found.matchedBy, file };
  }
}
