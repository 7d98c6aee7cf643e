import { createRequire } from "node:module";
import path from "node:path";
import { crc32 } from "node:zlib";

type Crc32 = (buffer: Buffer, previous?: number | Buffer) => number;

/**
 * yazl checksums every byte of an entry with buffer-crc32, a lookup table in JavaScript: 570 ms of
 * the whole-data workbook's 204 MB of XML, where Node's own zlib.crc32 (native, the same CRC-32)
 * takes 56 ms, and the workbook's budget is 5 s. yazl looks the function up on that module for
 * each chunk, so replacing it on the very module yazl loaded (yazl is loaded by Node, not bundled:
 * next.config.js) makes every entry use the native one. Idempotent; the checksums are the same
 * (tested), and a caller passing a Buffer as the previous value keeps the original.
 */
export function installNativeCrc32(): void {
  const load = createRequire(path.join(process.cwd(), "package.json"));
  const bufferCrc32 = createRequire(load.resolve("yazl"))("buffer-crc32") as { unsigned: Crc32 & { native?: true } };
  if (bufferCrc32.unsigned.native) return;
  const original = bufferCrc32.unsigned;
  const native = Object.assign(
    (buffer: Buffer, previous?: number | Buffer) => (Buffer.isBuffer(previous) ? original(buffer, previous) : crc32(buffer, previous ?? 0)),
    { native: true as const },
  );
  bufferCrc32.unsigned = native;
}
