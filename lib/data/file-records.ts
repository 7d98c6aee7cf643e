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
      throw new DatasetError(`${this.file}: record ${position} cannot be read (${(error as Error).message}): the file was modified in place since the server started; restart it`);
    }
  }
}
