import type { NoteKind, NoteLine } from "../export/tabular";
import type { ExportCell } from "../export/types";
import type { CellKind, DownloadColumnSpec } from "./columns";

/**
 * The SpreadsheetML parts of a streamed workbook, as strings: the fixed parts whole, a sheet as its
 * head, its rows (one string per batch) and its tail, so that a sheet of any length is written as it
 * is read. Only what the downloads use: inline strings (no shared-strings table, which would have to
 * hold every text before the first row), numbers, a style per column kind, the notes' and header's
 * styles, frozen header, column widths, filters. exceljs reads these parts back in the tests.
 */

/** A font as the sheets' notes use it: what lib/export/xlsx.ts gives exceljs, as plain values. */
export interface NoteFont {
  bold?: boolean;
  size?: number;
  color?: { argb?: string };
}

export interface WorkbookStyle {
  /** The euros' number format (see eurosFormat in ./xlsx.ts). */
  euros: string;
  /** Each note line's font; null is the default font. */
  noteFonts: Record<NoteKind, NoteFont | null>;
  /** The header row's background, ARGB. */
  headerFill: string;
}

export interface SheetSpec {
  name: string;
  lines: readonly NoteLine[];
  columns: readonly DownloadColumnSpec[];
  rowCount: number;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * What XML 1.0 cannot hold (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF; a
 * surrogate not in a pair) and what it must escape. A text without any takes the fast path: most do.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML 1.0 forbids is the point.
const SPECIAL = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids, to be removed.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/**
 * A text as XML character data or attribute value: invalid characters removed, markup escaped
 * (">" too, for "]]>"), a carriage return as a reference (a parser would turn it into a newline).
 */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(INVALID, "").replace(/[&<>"\r]/g, (char) => ESCAPES[char]!);
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

// cellXfs, by position: the default, one per number format, then the notes' fonts and the header's.
const XF_EUROS = 1;
const XF_INTEGER = 2;
/** Excel's built-in "#,##0": no numFmt element needed. */
const INTEGER_FORMAT_ID = 3;
const EUROS_FORMAT_ID = 164;

/** The style of a column's cells: euros and counts have a number format, ids and years stay bare ("2 015" would misread). */
function columnXf(kind: CellKind): number {
  if (kind === "euros") return XF_EUROS;
  return kind === "integer" ? XF_INTEGER : 0;
}

const NOTE_KINDS: readonly NoteKind[] = ["caption", "title", "filter", "source", "date", "licence", "demo", "remark"];

function fontXml(font: NoteFont): string {
  const bold = font.bold ? "<b/>" : "";
  const color = font.color?.argb ? `<color rgb="${font.color.argb}"/>` : "";
  return `<font>${bold}<sz val="${font.size ?? 11}"/>${color}<name val="Calibri"/><family val="2"/></font>`;
}

/** xl/styles.xml, and the style of each note line's kind and of the header's cells (text left, numbers right). */
export interface Styles {
  xml: string;
  noteXf: Record<NoteKind, number>;
  headerXf: { left: number; right: number };
}

export function workbookStyles(style: WorkbookStyle): Styles {
  const fonts = [fontXml({})];
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    `<xf numFmtId="${EUROS_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    `<xf numFmtId="${INTEGER_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  ];
  const noteXf = {} as Record<NoteKind, number>;
  for (const kind of NOTE_KINDS) {
    const font = style.noteFonts[kind];
    if (!font) {
      noteXf[kind] = 0;
      continue;
    }
    fonts.push(fontXml(font));
    noteXf[kind] = xfs.length;
    xfs.push(`<xf numFmtId="0" fontId="${fonts.length - 1}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
  }
  fonts.push(fontXml({ bold: true }));
  const header = (horizontal: string) =>
    `<xf numFmtId="0" fontId="${fonts.length - 1}" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="${horizontal}" vertical="center"/></xf>`;
  const headerXf = { left: xfs.length, right: xfs.length + 1 };
  xfs.push(header("left"), header("right"));
  const xml =
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="1"><numFmt numFmtId="${EUROS_FORMAT_ID}" formatCode="${xmlText(style.euros)}"/></numFmts>` +
    `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
    // The first two fills are reserved by Excel (none, gray125), whatever the file says.
    `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="${style.headerFill}"/></patternFill></fill></fills>` +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
  return { xml, noteXf, headerXf };
}

/** The first row of a sheet's table: the notes, an empty row, then the header. */
export const headerRowOf = (sheet: SheetSpec): number => sheet.lines.length + 2;

/** "'Partenariats'!$A$8:$X$11": an apostrophe in a sheet's name is doubled. */
const filterRange = (sheet: SheetSpec): string => {
  const top = headerRowOf(sheet);
  const last = columnName(Math.max(0, sheet.columns.length - 1));
  return `$A$${top}:$${last}$${top + sheet.rowCount}`;
};

/** The parts that do not depend on the rows, by path in the zip, in the order of a file Excel writes. */
export function workbookParts(sheets: readonly SheetSpec[], title: string, creator: string, styles: Styles, now = new Date()): Map<string, string> {
  const date = now.toISOString().replace(/\.\d+Z$/, "Z");
  const sheetPaths = sheets.map((_, index) => `xl/worksheets/sheet${index + 1}.xml`);
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetPaths.map((path) => `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
    relationship("rId1", `${REL_NS}/officeDocument`, "xl/workbook.xml") +
    relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml") +
    relationship("rId3", `${REL_NS}/extended-properties`, "docProps/app.xml") +
    "</Relationships>";
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(creator)}</dc:creator><dc:title>${xmlText(title)}</dc:title><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`;
  const names = sheets.map((sheet) => `<vt:lpstr>${xmlText(sheet.name)}</vt:lpstr>`).join("");
  const app =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>${xmlText(creator)}</Application>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts></Properties>`;
  // Excel names each sheet's filter range so; without the name it still opens, LibreOffice too.
  const filterNames = sheets
    .map((sheet, index) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${xmlText(`'${sheet.name.replaceAll("'", "''")}'!${filterRange(sheet)}`)}</definedName>`)
    .join("");
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets.map((sheet, index) => `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 2}"/>`).join("") +
    `</sheets>${filterNames ? `<definedNames>${filterNames}</definedNames>` : ""}</workbook>`;
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">` +
    relationship("rId1", `${REL_NS}/styles`, "styles.xml") +
    sheetPaths.map((path, index) => relationship(`rId${index + 2}`, `${REL_NS}/worksheet`, path.slice("xl/".length))).join("") +
    "</Relationships>";
  return new Map([
    ["[Content_Types].xml", contentTypes],
    ["_rels/.rels", rootRels],
    ["docProps/core.xml", core],
    ["docProps/app.xml", app],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", workbookRels],
    ["xl/styles.xml", styles.xml],
  ]);
}

/** The size of the chunks of rows: a batch of 1,000 partnerships makes about 0.7 MB. */
const CHUNK = 1 << 20;

/** The path in the zip of the `index`-th sheet (from 0). */
export const sheetPath = (index: number): string => `xl/worksheets/sheet${index + 1}.xml`;

/**
 * One sheet's XML in three parts: `head` (views, widths, the notes and header rows), `rows` for each
 * batch of the table's rows, `tail` (the filters). Each cell says its address: exceljs needs it, and
 * empty cells are left out.
 */
export class SheetXml {
  private nextRow: number;
  private readonly numberOpen: string[];
  private readonly textOpen: string[];

  constructor(
    private readonly sheet: SheetSpec,
    private readonly styles: Styles,
  ) {
    this.nextRow = headerRowOf(sheet) + 1;
    // The part of each cell's markup before its row number, built once: the rows are most of the work.
    const styled = (column: DownloadColumnSpec) => (columnXf(column.kind) ? ` s="${columnXf(column.kind)}"` : "");
    this.numberOpen = sheet.columns.map((column, index) => `<c${styled(column)} r="${columnName(index)}`);
    this.textOpen = sheet.columns.map((column, index) => `<c t="inlineStr"${styled(column)} r="${columnName(index)}`);
  }

  head(): string {
    const { sheet } = this;
    const { noteXf, headerXf } = this.styles;
    const top = headerRowOf(sheet);
    const cols = sheet.columns
      .map((column, index) => {
        const xf = columnXf(column.kind);
        return `<col min="${index + 1}" max="${index + 1}" width="${column.width}"${xf ? ` style="${xf}"` : ""} customWidth="1"/>`;
      })
      .join("");
    const notes = sheet.lines.map((line, index) => {
      const xf = noteXf[line.kind];
      return `<row r="${index + 1}"><c r="A${index + 1}" t="inlineStr"${xf ? ` s="${xf}"` : ""}>${inline(line.text)}</c></row>`;
    });
    const header = sheet.columns
      .map((column, index) => `<c r="${columnName(index)}${top}" t="inlineStr" s="${column.kind === "text" ? headerXf.left : headerXf.right}">${inline(column.label)}</c>`)
      .join("");
    return (
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${top}" topLeftCell="A${top + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${top + 1}" sqref="A${top + 1}"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${notes.join("")}<row r="${top}">${header}</row>`
    );
  }

  /**
   * A batch of rows, numbered on from the last, as UTF-8 chunks of about CHUNK bytes. Each row's
   * string is encoded as soon as it is built: a batch's string of a million small pieces cost twice
   * as much to flatten and encode at once as all the rest of its making.
   */
  rows(batch: readonly (readonly ExportCell[])[]): Buffer[] {
    const chunks: Buffer[] = [];
    let chunk = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    for (const values of batch) {
      const r = String(this.nextRow);
      this.nextRow += 1;
      let cells = "";
      for (let index = 0; index < values.length; index += 1) {
        const value = values[index];
        if (typeof value === "number") {
          if (Number.isFinite(value)) cells += `${this.numberOpen[index]}${r}"><v>${value}</v></c>`;
        } else if (typeof value === "string" && value !== "") {
          cells += `${this.textOpen[index]}${r}">${inline(value)}</c>`;
        }
      }
      const row = `<row r="${r}">${cells}</row>`;
      // At most 3 bytes a UTF-16 unit: checked on the length, cheaper than counting the bytes.
      if (used + row.length * 3 > chunk.length) {
        if (used > 0) chunks.push(chunk.subarray(0, used));
        chunk = Buffer.allocUnsafe(Math.max(CHUNK, row.length * 3));
        used = 0;
      }
      used += chunk.write(row, used);
    }
    if (used > 0) chunks.push(chunk.subarray(0, used));
    return chunks;
  }

  tail(): string {
    const range = filterRange(this.sheet).replaceAll("$", "");
    return `</sheetData><autoFilter ref="${range}"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  }
}

/**
 * An inline string: never a formula, whatever its text ("=…" stays text). Spaces at either end are
 * kept only when the element says so.
 */
function inline(text: string): string {
  const escaped = xmlText(text);
  const spaced = escaped.charCodeAt(0) <= 32 || escaped.charCodeAt(escaped.length - 1) <= 32;
  return spaced ? `<is><t xml:space="preserve">${escaped}</t></is>` : `<is><t>${escaped}</t></is>`;
}
