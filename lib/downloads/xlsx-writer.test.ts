import { describe, expect, it } from "vitest";
import { NOTE_FONTS, HEADER_FILL } from "../export/xlsx";
import { PARTNERSHIP_COLUMNS } from "./columns";
import { checkXml } from "./xlsx-package.testutil";
import { SheetXml, type SheetSpec, columnName, workbookParts, workbookStyles, xmlText } from "./xlsx-writer";

const styles = workbookStyles({ euros: '#,##0.00 "€"', noteFonts: NOTE_FONTS, headerFill: HEADER_FILL });
const sheet: SheetSpec = {
  name: "L'« atlas » & co",
  lines: [
    { kind: "title", text: "Titre <b>" },
    { kind: "demo", text: "Attention" },
  ],
  columns: PARTNERSHIP_COLUMNS,
  rowCount: 2,
};

describe("xmlText", () => {
  it("escapes markup, ']]>' included, and keeps a carriage return as a reference", () => {
    expect(xmlText('a < b & "c" ]]> d\r\n')).toBe("a &lt; b &amp; &quot;c&quot; ]]&gt; d&#13;\n");
    expect(xmlText("Coopération – Sénégal")).toBe("Coopération – Sénégal");
  });

  it("removes what XML 1.0 forbids: C0 controls but tab and newlines, U+FFFE, U+FFFF, lone surrogates", () => {
    expect(xmlText("a\u0000\u0001\u0008b\tc\nd\u000B\u000C\u001Fe\uFFFE\uFFFFf")).toBe("ab\tc\nde" + "f");
    expect(xmlText("x\uD83D\uDE00y")).toBe("x\uD83D\uDE00y");
    expect(xmlText("x\uD83Dy\uDE00z")).toBe("xyz");
  });
});

describe("columnName", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 23, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(["A", "B", "X", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("SpreadsheetML parts", () => {
  it.each([
    ["a forbidden character", "<a>\u0001</a>"],
    ["a mismatched tag", "<a><b></a>"],
    ["an unbound prefix", "<a r:id='1'/>"],
  ])("are checked by a parser that rejects %s", (_, source) => {
    expect(() => checkXml(source)).toThrow();
  });

  it("are well-formed XML, with the sheet's name and notes escaped", () => {
    const parts = workbookParts([sheet], "Titre & co", "Atlas coopération", styles, new Date("2026-11-30T10:00:00.123Z"));
    expect([...parts.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "docProps/app.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ]);
    for (const xml of parts.values()) checkXml(xml);
    expect(parts.get("docProps/core.xml")).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-30T10:00:00Z</dcterms:created>");
    expect(parts.get("xl/workbook.xml")).toContain('<sheet name="L\'« atlas » &amp; co" sheetId="1" r:id="rId2"/>');
    expect(parts.get("xl/workbook.xml")).toContain("'L''« atlas » &amp; co'!$A$4:$X$6");

    const writer = new SheetXml(sheet, styles);
    const values = PARTNERSHIP_COLUMNS.map((column, index) => (column.kind === "text" ? `=A${index}\u0000 <x> ` : index));
    const rows = Buffer.concat(writer.rows([values, PARTNERSHIP_COLUMNS.map(() => null)])).toString("utf8");
    const xml = writer.head() + rows + writer.tail();
    checkXml(xml);
    expect(xml).toContain('<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<c r="A1" t="inlineStr" s="3"><is><t>Titre &lt;b&gt;</t></is></c>');
    expect(xml).toContain('<c t="inlineStr" r="A5"><is><t xml:space="preserve">=A0 &lt;x&gt; </t></is></c>');
    // No formula anywhere, an empty row has no cell.
    expect(xml).not.toContain("<f>");
    expect(rows).toContain('<row r="6"></row>');
    expect(xml).toContain('<autoFilter ref="A4:X6"/>');
  });
});
