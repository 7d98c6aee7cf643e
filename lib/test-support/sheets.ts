import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

/** A cell as a test writes it: exceljs's values (numbers, dates, rich text, formulas) or nothing. */
export type TestCell = ExcelJS.CellValue;

/** A new temporary directory for a test's files. */
export const scratchDir = () => mkdtemp(path.join(tmpdir(), "atlas-sheet-"));

/** Writes an .xlsx file with one sheet per entry (rows from line 1; `[]` is a blank line). */
export async function writeXlsx(dir: string, name: string, sheets: Record<string, TestCell[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    rows.forEach((cells, index) => {
      const row = sheet.getRow(index + 1);
      cells.forEach((value, column) => {
        if (value !== null && value !== undefined) row.getCell(column + 1).value = value;
      });
      row.commit();
    });
  }
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Writes a text file (a CSV, a map) and returns its path. */
export async function writeText(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}
