import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BATCH_SIZE, fundingTable, partnershipsTable } from "./tables";
import { FORMULA_TITLE, testDataset, testEngine } from "./test-dataset";
import { eurosFormat, tablesToXlsxStream } from "./xlsx";

async function workbookOf(engine = testEngine()): Promise<ExcelJS.Workbook> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  await tablesToXlsxStream([partnershipsTable(engine), fundingTable(engine)], stream, eurosFormat(engine.index));
  await ended;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Notes (6 lines with the demo warning), an empty row: the header is row 8. */
const HEADER_ROW = 8;
const cells = (row: ExcelJS.Row, count: number) => Array.from({ length: count }, (_, index) => row.getCell(index + 1).value);

describe("tablesToXlsxStream", () => {
  const loaded = workbookOf();

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
});
