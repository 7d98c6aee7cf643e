import { readSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import type { Partnership } from "../model";
import type { RecordSource } from "../query/records";
import { DatasetError } from "./store";

/**
 * Records read from the dataset file by byte range, on demand. The file was validated when it was
 * written and its hash checked against the snapshot at load. The handle stays open for the life of
 * the process: a dataset replaced on disk (written to a new file, then renamed) leaves this one
 * readable, consistent with the index in memory, until the server restarts.
 */
export class FileRecords implements RecordSource {
  constructor(
    private readonly handle: FileHandle,
    private readonly file: string,
    private readonly start: Float64Array,
    private readonly length: Int32Array,
  ) {}

  get(position: number): Partnership {
    const length = this.length[position];
    if (length === undefined) throw new RangeError(`no partnership at position ${position}`);
    const bytes = Buffer.allocUnsafe(length);
    // Synchronous: one read of about a kilobyte from the page cache, where an await would cost more.
    const read = readSync(this.handle.fd, bytes, 0, length, this.start[position]!);
    try {
      if (read !== length) throw new Error(`read ${read} of ${length} bytes`);
      return JSON.parse(bytes.toString("utf8")) as Partnership;
    } catch (error) {
      throw this.unreadable(position, error);
    }
  }

  /**
   * Consecutive records lie side by side in the file: one read for all of them, a third faster
   * than a read each over a whole dataset.
   */
  range(from: number, to: number): Partnership[] {
    const bytes = this.jsonRange(from, to);
    const first = this.start[from]!;
    const records: Partnership[] = [];
    for (let position = from; position < to; position += 1) {
      const offset = this.start[position]! - first;
      try {
        records.push(JSON.parse(bytes.toString("utf8", offset, offset + this.length[position]!)) as Partnership);
      } catch (error) {
        throw this.unreadable(position, error);
      }
    }
    return records;
  }

  /** The file's own bytes: the records' JSON separated by ",", as the dataset file lays them out. */
  jsonRange(from: number, to: number): Buffer {
    if (to <= from) return Buffer.alloc(0);
    if (from < 0 || to > this.length.length) throw new RangeError(`no partnerships at positions ${from} to ${to - 1}`);
    const first = this.start[from]!;
    const bytes = Buffer.allocUnsafe(this.start[to - 1]! + this.length[to - 1]! - first);
    const read = readSync(this.handle.fd, bytes, 0, bytes.length, first);
    if (read !== bytes.length) throw this.unreadable(from, new Error(`read ${read} of ${bytes.length} bytes`));
    return bytes;
  }

  private unreadable(position: number, error: unknown): DatasetError {
    return new DatasetError(`${this.file}: record ${position} cannot be read (${(error as Error).message}): the file was modified in place since the server started; restart it`);
  }
}
