/**
 * Builds assets/fonts/Marianne-{Regular,Bold}.otf, the fonts lib/export/png.ts gives resvg so that
 * the PNG exports draw their text in Marianne on a server without system fonts. Run once, commit the
 * output (see assets/fonts/README.md):
 *
 *   npx tsx scripts/build-fonts.ts
 *
 * Source: the DSFR's WOFF files shipped by @codegouvfr/react-dsfr (dsfr/fonts). resvg reads only
 * OpenType/TrueType, so each WOFF 1.0 file is unpacked back to the sfnt it wraps
 * (https://www.w3.org/TR/WOFF/): its tables, zlib-inflated where compressed, under a rebuilt
 * offset table. Only node:zlib: no font tool to install for a 40-line format.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";

const SOURCE = path.join(__dirname, "..", "node_modules", "@codegouvfr", "react-dsfr", "dsfr", "fonts");
const OUTPUT = path.join(__dirname, "..", "assets", "fonts");
const FONTS = ["Marianne-Regular", "Marianne-Bold"];

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;
// What the uint32 sum of a whole sfnt file comes to when head.checkSumAdjustment is right.
const SFNT_CHECKSUM_MAGIC = 0xb1b0afba;

interface Table {
  tag: string;
  checksum: number;
  data: Buffer;
  /** Where the table was in the WOFF file: the spec keeps the original sfnt's table order there. */
  woffOffset: number;
}

const pad4 = (n: number) => (n + 3) & ~3;

function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error("not a WOFF 1.0 file (WOFF2 is a different format)");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const totalSfntSize = woff.readUInt32BE(16);
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    // Per the spec a table is stored as is when compressing would not make it smaller.
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error(`table ${i}: ${data.length} bytes, ${origLength} expected`);
    tables.push({ tag: woff.toString("latin1", entry, entry + 4), checksum: woff.readUInt32BE(entry + 16), data, woffOffset: offset });
  }

  // The directory stays sorted by tag (sfnt readers binary-search it); the data goes in the original
  // order, so that the file is byte for byte the sfnt the WOFF was made from and head's checksum holds.
  const power = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(SFNT_HEADER + numTables * SFNT_ENTRY);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const offsets = new Map<Table, number>();
  let offset = header.length;
  for (const table of [...tables].sort((a, b) => a.woffOffset - b.woffOffset)) {
    offsets.set(table, offset);
    offset += pad4(table.data.length);
  }
  const sfnt = Buffer.alloc(offset);
  tables.forEach((table, i) => {
    const entry = SFNT_HEADER + i * SFNT_ENTRY;
    const at = offsets.get(table) ?? 0;
    header.write(table.tag, entry, "latin1");
    header.writeUInt32BE(table.checksum, entry + 4);
    header.writeUInt32BE(at, entry + 8);
    header.writeUInt32BE(table.data.length, entry + 12);
    table.data.copy(sfnt, at);
  });
  header.copy(sfnt, 0);
  if (sfnt.length !== totalSfntSize) throw new Error(`rebuilt ${sfnt.length} bytes, the WOFF header says ${totalSfntSize}`);
  return sfnt;
}

/** The uint32 sum of the file (its length is a multiple of 4). */
function fileChecksum(sfnt: Buffer): number {
  let sum = 0;
  for (let i = 0; i < sfnt.length; i += 4) sum = (sum + sfnt.readUInt32BE(i)) >>> 0;
  return sum;
}

function main() {
  mkdirSync(OUTPUT, { recursive: true });
  for (const name of FONTS) {
    const sfnt = woffToSfnt(readFileSync(path.join(SOURCE, `${name}.woff`)));
    // A wrong offset or order would still load in most readers; the whole-file checksum would not hold.
    if (fileChecksum(sfnt) !== SFNT_CHECKSUM_MAGIC) throw new Error(`${name}: the rebuilt file's checksum does not match head.checkSumAdjustment`);
    const file = path.join(OUTPUT, `${name}.otf`);
    writeFileSync(file, sfnt);
    console.log(`${path.relative(process.cwd(), file)}: ${sfnt.length} bytes`);
  }
}

main();
