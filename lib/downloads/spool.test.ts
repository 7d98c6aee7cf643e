import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Spool } from "./spool";

describe("Spool", () => {
  let directory = "";
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "spool-test-"));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("gives back what was written, from a file no longer in its directory", async () => {
    const spool = await Spool.open(directory);
    expect(await readdir(directory)).toEqual([]);
    spool.write("<row>é</row>");
    spool.write(Buffer.from("<row>€</row>"));
    expect(await text(spool.read())).toBe("<row>é</row><row>€</row>");
    expect(() => spool.write("x")).toThrow(/no longer written/);
    spool.close();
  });

  it("can be closed before it is read, or while, more than once", async () => {
    const unread = await Spool.open(directory);
    unread.write("a");
    unread.close();
    unread.close();
    expect(() => unread.read()).toThrow(/read once/);

    const reading = await Spool.open(directory);
    reading.write(Buffer.alloc(1 << 20));
    const stream = reading.read();
    const closed = new Promise((resolve) => stream.once("close", resolve));
    reading.close();
    await closed;
    expect(stream.destroyed).toBe(true);
  });
});
