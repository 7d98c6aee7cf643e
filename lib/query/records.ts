import type { Partnership } from "../model";

/**
 * Whole records by position. The index answers every count and sum; a record is read only to show
 * it (a page, a list row): from memory, or from the dataset file (lib/data/file-records.ts).
 */
export interface RecordSource {
  get(position: number): Partnership;
  /** The records at positions `from … to - 1`, in order (a whole download reads them batch by batch). */
  range(from: number, to: number): Partnership[];
  /** The same records as JSON, `JSON.stringify` of each joined by "," (as the dataset file holds them). */
  jsonRange(from: number, to: number): Uint8Array;
}

/** Records held in memory (tests, and a dataset loaded without its snapshot). */
export class MemoryRecords implements RecordSource {
  constructor(private readonly partnerships: readonly Partnership[]) {}

  get(position: number): Partnership {
    const record = this.partnerships[position];
    if (!record) throw new RangeError(`no partnership at position ${position}`);
    return record;
  }

  range(from: number, to: number): Partnership[] {
    if (from < 0 || to > this.partnerships.length) throw new RangeError(`no partnerships at positions ${from} to ${to - 1}`);
    return this.partnerships.slice(from, to);
  }

  jsonRange(from: number, to: number): Uint8Array {
    return Buffer.from(this.range(from, to).map((record) => JSON.stringify(record)).join(","));
  }
}
