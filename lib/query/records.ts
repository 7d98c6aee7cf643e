import type { Partnership } from "../model";

/**
 * Whole records by position. The index answers every count and sum; a record is read only to show
 * it (a page, a list row): from memory, or from the dataset file (lib/data/file-records.ts).
 */
export interface RecordSource {
  get(position: number): Partnership;
}

/** Records held in memory (tests, and a dataset loaded without its snapshot). */
export class MemoryRecords implements RecordSource {
  constructor(private readonly partnerships: readonly Partnership[]) {}

  get(position: number): Partnership {
    const record = this.partnerships[position];
    if (!record) throw new RangeError(`no partnership at position ${position}`);
    return record;
  }
}
