import JSZip from "jszip";
import { SaxesParser } from "saxes";

/**
 * Parses an XML document with saxes, the strict XML 1.0 parser exceljs reads workbooks with (so
 * present with it): throws on anything not well-formed, a character XML forbids, an unbound prefix.
 */
export function checkXml(source: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(source).close();
}

/** A workbook's zip read back (jszip checks each entry's CRC), every part parsed: its parts' text by path. */
export async function checkedParts(file: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(file, { checkCRC32: true });
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).sort()) {
    const xml = await zip.file(path)!.async("string");
    checkXml(xml);
    parts.set(path, xml);
  }
  return parts;
}
