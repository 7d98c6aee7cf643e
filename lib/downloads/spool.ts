import { randomUUID } from "node:crypto";
import { writeSync } from "node:fs";
import { type FileHandle, open, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";

/**
 * A temporary file that a zip entry's data is written to while an earlier entry is still being
 * sent, then read back once. A zip's entries follow each other, so that of two sheets made in the
 * same pass over the records, the second must wait somewhere: on disk rather than in memory, which
 * stays bounded whatever the dataset's size.
 *
 * The file is removed from its directory as soon as it is open (the system keeps its data while it
 * is open): nothing is left behind, even if the process dies. Where a file that is open cannot be
 * removed, it is removed when closed.
 */
export class Spool {
  private reader: Readable | null = null;
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly leftPath: string | null,
  ) {}

  static async open(directory = tmpdir()): Promise<Spool> {
    const file = path.join(directory, `atlas-${randomUUID()}.tmp`);
    const handle = await open(file, "wx+", 0o600);
    try {
      await unlink(file);
      return new Spool(handle, null);
    } catch {
      return new Spool(handle, file);
    }
  }

  /**
   * Appends `data`. Synchronous, as the dataset's records are read: a write of a few hundred
   * kilobytes to the page cache costs less than the turn of the event loop an await would.
   */
  write(data: Buffer | string): void {
    if (this.closed || this.reader) throw new Error("the spool is no longer written");
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.handle.fd, bytes, offset, bytes.length - offset);
  }

  /** The data written, from the start; the file is closed when it has been read (or destroyed). */
  read(): Readable {
    if (this.closed || this.reader) throw new Error("the spool is read once");
    this.reader = this.handle.createReadStream({ start: 0 });
    this.reader.once("close", () => this.close());
    return this.reader;
  }

  /** Closes the file (and stops its reading, if any); a second call does nothing. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.reader && !this.reader.destroyed) this.reader.destroy();
    else if (!this.reader) this.handle.close().catch(() => undefined);
    if (this.leftPath) unlink(this.leftPath).catch(() => undefined);
  }
}
