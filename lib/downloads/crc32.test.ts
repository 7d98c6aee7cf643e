import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { PassThrough } from "node:stream";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import { installNativeCrc32 } from "./crc32";

const load = createRequire(path.join(process.cwd(), "package.json"));
const bufferCrc32 = createRequire(load.resolve("yazl"))("buffer-crc32") as { unsigned: (b: Buffer, p?: number) => number };

describe("installNativeCrc32", () => {
  it("replaces yazl's checksum with one giving the same values, chained over chunks as yazl does", () => {
    const original = bufferCrc32.unsigned;
    const chunks = [randomBytes(1), randomBytes(1000), randomBytes(65_536), Buffer.alloc(0), Buffer.from("é€", "utf8")];
    const expected = chunks.reduce((crc, chunk) => original(chunk, crc), 0);
    installNativeCrc32();
    installNativeCrc32();
    expect(bufferCrc32.unsigned).not.toBe(original);
    expect(chunks.reduce((crc, chunk) => bufferCrc32.unsigned(chunk, crc), 0)).toBe(expected);
    expect(bufferCrc32.unsigned(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("gives zip entries whose checksums a reader that checks them accepts", async () => {
    installNativeCrc32();
    const zip = new ZipFile();
    const data = new PassThrough();
    zip.addReadStream(data, "sheet.xml", { compressionLevel: 1 });
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => zip.outputStream.on("end", resolve));
    const text = "<row>é€</row>".repeat(50_000);
    data.end(text);
    zip.end();
    await done;
    const read = await JSZip.loadAsync(Buffer.concat(chunks), { checkCRC32: true });
    expect(await read.file("sheet.xml")!.async("string")).toBe(text);
  });
});
