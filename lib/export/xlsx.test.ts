import { PassThrough, Writable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { INJECTION, testTable, testView } from "./test-view";
import { sheetName, viewToXlsx, viewToXlsxStream, xlsxFileName } from "./xlsx";

async function streamed(view: typeof testView): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  await viewToXlsxStream(view, stream);
  await ended;
  return Buffer.concat(chunks);
}

const NOTES = [
  "Financements déclarés par thématique",
  'La thématique « Eau; assainissement et "hygiène" » reçoit 92 % du montant déclaré.',
  "Pays : Sénégal",
  "Années : 2015 – 2020",
  "Source : Atlas français de la coopération décentralisée (MEAE)",
  "Données au 30/11/2026",
  "Licence Ouverte 2.0 (Etalab)",
  "Données de démonstration : chiffres générés, non réels.",
];
const HEADER_ROW = NOTES.length + 2;

describe.each([
  ["viewToXlsx", () => viewToXlsx(testView)],
  ["viewToXlsxStream", () => streamed(testView)],
])("%s", (_, write) => {
  const loaded = (async () => {
    const file = await write();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    return { file, workbook, sheet: workbook.worksheets[0]! };
  })();

  it("has one sheet named from the title, and the workbook's creator and date", async () => {
    const { workbook, sheet } = await loaded;
    expect(workbook.worksheets).toHaveLength(1);
    expect(sheet.name).toBe("Financements déclarés par");
    expect(workbook.creator).toBe("Atlas coopération");
    expect(Math.abs(workbook.created.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("writes the notes in the first rows, the title bold and larger, the demo warning in red", async () => {
    const { sheet } = await loaded;
    expect(NOTES.map((_, index) => sheet.getCell(index + 1, 1).value)).toEqual(NOTES);
    expect(sheet.getCell(1, 1).font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell(NOTES.length, 1).font).toMatchObject({ bold: true, color: { argb: "FFCE0500" } });
    expect(sheet.getRow(NOTES.length + 1).cellCount).toBe(0);
  });

  it("writes a bold, grey, frozen header row with filters", async () => {
    const { sheet } = await loaded;
    const header = sheet.getRow(HEADER_ROW);
    expect(header.values).toEqual([undefined, "Thématique", "Partenariats", "Montant déclaré (€)", "Montant 1 % Eau (€)"]);
    expect(header.getCell(2).font).toMatchObject({ bold: true });
    expect(header.getCell(2).fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:D${HEADER_ROW + 3}`);
  });

  it("writes the rows and the bold total row, numbers as numbers with their formats", async () => {
    const { sheet } = await loaded;
    const expected = [...testTable.rows, testTable.total!];
    expected.forEach((values, index) => {
      const row = sheet.getRow(HEADER_ROW + 1 + index);
      const cells = testTable.columns.map((_, at) => row.getCell(at + 1).value ?? null);
      expect(cells).toEqual(testTable.columns.map((column) => values[column.key]));
      expect(row.getCell(2).numFmt).toBe("#,##0");
      expect(row.getCell(3).numFmt).toBe('#,##0.00 "€"');
      expect(row.getCell(4).numFmt).toBe('#,##0.00 "€"');
    });
    expect(sheet.getCell(HEADER_ROW + 1, 3).type).toBe(ExcelJS.ValueType.Number);
    const total = sheet.getRow(HEADER_ROW + expected.length);
    expect(total.getCell(1).value).toBe("Total");
    expect(total.getCell(3).font).toMatchObject({ bold: true });
    expect(sheet.getCell(HEADER_ROW + 1, 3).font?.bold).toBeFalsy();
  });

  it("keeps a formula-looking group a string, with no formula in the file", async () => {
    const { file, sheet } = await loaded;
    const cell = sheet.getCell(HEADER_ROW + 2, 1);
    expect(cell.value).toBe(INJECTION);
    expect([ExcelJS.ValueType.String, ExcelJS.ValueType.SharedString]).toContain(cell.type);
    const zip = await JSZip.loadAsync(file);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it("fits the columns' widths to their content, within bounds", async () => {
    const { sheet } = await loaded;
    const widths = [1, 2, 3, 4].map((index) => sheet.getColumn(index).width ?? 0);
    // The injection group is the longest text (58 characters): capped at 60 with the margin.
    expect(widths[0]).toBe(60);
    expect(widths[1]).toBeGreaterThanOrEqual(8);
    expect(widths[2]).toBeGreaterThanOrEqual("1 352 567,99 €".length);
  });
});

describe("viewToXlsxStream on a failing stream", () => {
  const large = {
    notes: testView.notes,
    table: { columns: testTable.columns, rows: Array.from({ length: 10_000 }, (_, index) => ({ ...testTable.rows[0]!, partnerships: index })) },
  };

  it("rejects when the stream fails", async () => {
    let writes = 0;
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        writes += 1;
        done(writes === 2 ? new Error("connexion perdue") : undefined);
      },
    });
    await expect(viewToXlsxStream(large, failing)).rejects.toThrow("connexion perdue");
  });

  it("rejects when the stream is closed first (a cancelled download)", async () => {
    const cancelled = new Writable({
      write(_chunk, _encoding, done) {
        done();
        this.destroy();
      },
    });
    await expect(viewToXlsxStream(large, cancelled)).rejects.toThrow("closed before the workbook was written");
  });
});

describe("number formats", () => {
  it("writes euros without decimals when no value has cents", async () => {
    const table = {
      columns: testTable.columns,
      rows: [{ group: "A", partnerships: 1, amount: 1_000, oudin: 2.004 }],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await viewToXlsx({ notes: testView.notes, table })) as unknown as ExcelJS.Buffer);
    const row = workbook.worksheets[0]!.getRow(HEADER_ROW + 1);
    expect(row.getCell(3).numFmt).toBe('#,##0 "€"');
    expect(row.getCell(4).numFmt).toBe('#,##0 "€"');
    expect(row.getCell(4).value).toBe(2);
  });
});

describe("sheetName", () => {
  it.each([
    ["Financements déclarés par thématique", "Financements déclarés par"],
    ["Pays : Sénégal / Mali [2020]?*", "Pays Sénégal Mali 2020"],
    ["'Eau'", "Eau"],
    ["History", "Données"],
    ["", "Données"],
    ["Partenariatsdelacoopérationdécentralisée", "Partenariatsdelacoopérationdéce"],
  ])("sheetName(%j) → %j", (title, expected) => {
    expect(sheetName(title)).toBe(expected);
    expect(sheetName(title).length).toBeLessThanOrEqual(31);
  });
});

describe("xlsxFileName", () => {
  it("makes a safe ASCII name", () =>
    expect(xlsxFileName("Partenariats par pays", "2026-11-30")).toBe("partenariats-par-pays-2026-11-30.xlsx"));
});
