import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Spool } from "./spool";
import { BATCH_SIZE, type DownloadTable, fundingTable, partnershipsTable } from "./tables";
import { FORMULA_TITLE, testDataset, testEngine } from "./test-dataset";
import { eurosFormat, tablesToXlsxStream } from "./xlsx";
import { checkedParts } from "./xlsx-package.testutil";

async function fileOf(engine = testEngine(), tables: DownloadTable[] = [partnershipsTable(engine), fundingTable(engine)]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  await tablesToXlsxStream(tables, stream, eurosFormat(engine.index));
  await ended;
  return Buffer.concat(chunks);
}

async function workbookOf(engine = testEngine()): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fileOf(engine)) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Notes (6 lines with the demo warning), an empty row: the header is row 8. */
const HEADER_ROW = 8;
const cells = (row: ExcelJS.Row, count: number) => Array.from({ length: count }, (_, index) => row.getCell(index + 1).value);

describe("tablesToXlsxStream", () => {
  const loaded = workbookOf();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("writes a sheet of partnerships and a sheet of funding rows, each with its notes and frozen header", async () => {
    const workbook = await loaded;
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Partenariats", "Financements"]);
    const sheet = workbook.getWorksheet("Partenariats")!;
    expect(sheet.getCell("A1").value).toBe("Partenariats de la coopération décentralisée");
    expect(sheet.getCell("A6").value).toBe("Données de démonstration : chiffres générés, non réels.");
    expect(sheet.getRow(HEADER_ROW).getCell(1).value).toBe("Identifiant");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    // Read back as a range: the header to the last row, over the 24 columns.
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:X${HEADER_ROW + 3}`);
  });

  it("writes numbers as numbers, euros with a euro format, and a formula title as text", async () => {
    const sheet = (await loaded).getWorksheet("Partenariats")!;
    const header = sheet.getRow(HEADER_ROW).values as unknown[];
    const column = (label: string) => header.indexOf(label);
    const first = sheet.getRow(HEADER_ROW + 1);
    expect(first.getCell(column("Identifiant")).value).toBe("15909");
    expect(first.getCell(column("Identifiant Atlas")).value).toBe(15909);
    const amount = first.getCell(column("Montant total déclaré (€)"));
    expect(amount.value).toBe(48_652);
    expect(amount.numFmt).toBe('#,##0.00 "€"');
    expect(first.getCell(column("Année de début")).numFmt).toBeUndefined();
    const title = sheet.getRow(HEADER_ROW + 2).getCell(column("Titre"));
    expect(title.value).toBe(FORMULA_TITLE);
    expect(title.type).toBe(ExcelJS.ValueType.String);
  });

  it("writes every funding row with its values", async () => {
    const sheet = (await loaded).getWorksheet("Financements")!;
    const rows = sheet.getRows(HEADER_ROW + 1, 3)!.map((row) => cells(row, 6));
    expect(rows).toEqual([
      ["15909", "Ministère de l'Europe et des Affaires étrangères", "Ministère de l'Europe et des Affaires étrangères", 20_000.5, null, 2019],
      ["15909", "Dijon", "Fonds propres de la collectivité française", 28_651.5, 1_500, null],
      ["g2", "Ministère de l'Europe et des Affaires étrangères", "Ministère de l'Europe et des Affaires étrangères", 18_000, null, 2020],
    ]);
    expect(sheet.rowCount).toBe(HEADER_ROW + 3);
  });

  it("writes tables larger than a batch whole, and whole euros without cents", async () => {
    const big = testDataset(BATCH_SIZE + 20);
    big.partnerships = big.partnerships.filter((p) => !p.funding.some((row) => row.amount % 1 !== 0));
    const workbook = await workbookOf(testEngine(big));
    const sheet = workbook.getWorksheet("Partenariats")!;
    expect(sheet.rowCount).toBe(HEADER_ROW + big.partnerships.length);
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe(big.partnerships.at(-1)!.id);
    const header = sheet.getRow(HEADER_ROW).values as unknown[];
    expect(sheet.getRow(HEADER_ROW + 1).getCell(header.indexOf("Montant total déclaré (€)")).numFmt).toBe('#,##0 "€"');
  });

  it("stops with an error when the stream closes before the end (a download cancelled)", async () => {
    const engine = testEngine(testDataset(3 * BATCH_SIZE));
    const stream = new PassThrough();
    let received = 0;
    stream.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > 0) stream.destroy();
    });
    await expect(tablesToXlsxStream([partnershipsTable(engine)], stream, eurosFormat(engine.index))).rejects.toThrow(/closed before/);
  });

  it("writes a valid zip of well-formed parts, with the workbook's properties", async () => {
    const parts = await checkedParts(await fileOf());
    expect([...parts.keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/app.xml",
      "docProps/core.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    const workbook = await loaded;
    expect(workbook.creator).toBe("Atlas coopération");
    expect(workbook.lastModifiedBy).toBe("Atlas coopération");
    expect(workbook.title).toBe("Partenariats de la coopération décentralisée");
    expect(Math.abs(workbook.created.getTime() - Date.now())).toBeLessThan(60_000);
    expect(workbook.modified).toEqual(workbook.created);
  });

  it("writes the notes' and the header's styles, and the columns' widths", async () => {
    const sheet = (await loaded).getWorksheet("Partenariats")!;
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("A3").font).toMatchObject({ color: { argb: "FF666666" } });
    expect(sheet.getCell("A6").font).toMatchObject({ bold: true, color: { argb: "FFCE0500" } });
    const header = sheet.getRow(HEADER_ROW);
    expect(header.getCell(1).font).toMatchObject({ bold: true });
    expect(header.getCell(1).fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } });
    expect(header.getCell(1).border).toMatchObject({ bottom: { style: "thin" } });
    expect(header.getCell(1).alignment).toMatchObject({ horizontal: "left", vertical: "middle" });
    expect(header.getCell(2).alignment).toMatchObject({ horizontal: "right" });
    expect(sheet.getColumn(3).width).toBe(60);
    expect(sheet.getRow(HEADER_ROW + 1).getCell(22).numFmt).toBe("#,##0");
  });

  it("reads back a text with characters XML forbids (removed), markup and quotes (kept)", async () => {
    const dataset = testDataset();
    const text = ' <b>R&D</b> "guillemets" \'apostrophes\' ]]> fin\u0000\u0001\u0008\u000B\uFFFE\uFFFF\r\nligne\tsuite ';
    dataset.partnerships[0]!.title = text;
    const [parts, workbook] = await Promise.all([fileOf(testEngine(dataset)).then(checkedParts), workbookOf(testEngine(dataset))]);
    expect([..."\u0000\u0001\u0008\u000B\uFFFE\uFFFF"].filter((char) => parts.get("xl/worksheets/sheet1.xml")!.includes(char))).toEqual([]);
    const sheet = workbook.getWorksheet("Partenariats")!;
    const header = sheet.getRow(HEADER_ROW).values as unknown[];
    const title = sheet.getRow(HEADER_ROW + 1).getCell(header.indexOf("Titre"));
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(' <b>R&D</b> "guillemets" \'apostrophes\' ]]> fin\r\nligne\tsuite ');
  });

  it("writes the same workbook when no temporary file can be made (each sheet read in turn)", async () => {
    const engine = testEngine(testDataset(BATCH_SIZE + 20));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const together = await fileOf(engine).then(checkedParts);
    expect(warn).not.toHaveBeenCalled();
    vi.spyOn(Spool, "open").mockRejectedValue(new Error("EROFS: read-only file system"));
    const inTurn = await fileOf(engine).then(checkedParts);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("EROFS"));
    const sheets = (parts: Map<string, string>) => [parts.get("xl/worksheets/sheet1.xml"), parts.get("xl/worksheets/sheet2.xml")];
    expect(sheets(together)).toEqual(sheets(inTurn));
  });

  it("closes its temporary file when the download is cancelled", async () => {
    const engine = testEngine(testDataset(3 * BATCH_SIZE));
    const open = vi.spyOn(Spool, "open");
    const close = vi.spyOn(Spool.prototype, "close");
    const stream = new PassThrough();
    stream.once("data", () => stream.destroy());
    await expect(tablesToXlsxStream([partnershipsTable(engine), fundingTable(engine)], stream, eurosFormat(engine.index))).rejects.toThrow(/closed before/);
    // The spools this download opened, each closed: counted by instance, as an earlier test's spool
    // may still be closing in the background on a busy machine (a count of calls failed once in CI).
    const opened = await Promise.all(open.mock.results.map((result) => result.value as Promise<Spool>));
    expect(opened.length).toBeGreaterThan(0);
    // The writer stops at its next step, after the rejection.
    await vi.waitFor(() => {
      for (const spool of opened) expect(close.mock.contexts).toContain(spool);
    });
  });
});
