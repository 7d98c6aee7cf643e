import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { IMPORTED_PORT } from "./ports";

// The imported server reads only the fiches of e2e/fixtures: the real Dijon–Chefchaouen fiche
// 15909 (6 funding rows, 48,652 €), Kayes (3 rows, 18,000 €), and two fiches without funding.
const IMPORTED = `http://127.0.0.1:${IMPORTED_PORT}`;
const CSV_TYPE = "text/csv; charset=utf-8";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A CSV answer read back: its type and BOM checked, the notes split from the table's rows. */
async function csvOf(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(CSV_TYPE);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records: string[][] = parse(bytes, { delimiter: ";", bom: true, relax_column_count: true });
  const header = records.findIndex((record, index) => index > 0 && records[index - 1]![0] === "" && record.length > 1);
  const names = records[header]!;
  const rows = records.slice(header + 1).map((record) => Object.fromEntries(names.map((name, at) => [name, record[at]!])));
  return { notes: records.slice(0, header - 1).map((record) => record[0]!), names, rows };
}

const get = (request: APIRequestContext, path: string) => request.get(`${IMPORTED}${path}`);

test.describe("whole-data downloads of the imported fiches", () => {
  test("partnerships CSV: one row per fiche, the real fiche's amount, no demo warning", async ({ request }) => {
    const response = await get(request, "/export/donnees/partenariats.csv");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="partenariats-\d{4}-\d{2}-\d{2}\.csv"$/);
    const { notes, rows } = await csvOf(response);
    expect(notes[0]).toBe("4 partenariats, un par ligne");
    expect(notes.join("\n")).not.toContain("démonstration");
    expect(rows).toHaveLength(4);
    const dijon = rows.find((row) => row.Identifiant === "15909")!;
    expect(dijon).toMatchObject({ "Identifiant Atlas": "15909", "Montant total déclaré (€)": "48652", "Lignes de financement": "6", "Fiche réelle ou générée": "réelle", "Pays des partenaires": "Maroc" });
    expect(dijon["Adresse de la fiche"]).toContain("prjId=15909");
  });

  test("funding rows CSV: every row, the real fiche's rows adding up to its amount", async ({ request }) => {
    const { rows } = await csvOf(await get(request, "/export/donnees/financements.csv"));
    expect(rows).toHaveLength(9);
    const dijon = rows.filter((row) => row["Identifiant du partenariat"] === "15909");
    expect(dijon).toHaveLength(6);
    expect(dijon.reduce((sum, row) => sum + Number(row["Montant (€)"]!.replace(",", ".")), 0)).toBe(48_652);
    expect(dijon[0]).toMatchObject({ Financeur: "Ministère de l'Europe et des Affaires étrangères", "Catégorie de financeur": "Ministère de l'Europe et des Affaires étrangères", Année: "2020" });
  });

  test("XLSX: a sheet of partnerships, a sheet of funding rows, amounts as euro numbers", async ({ request }) => {
    const response = await get(request, "/export/donnees/atlas.xlsx");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Partenariats", "Financements"]);
    const sheet = workbook.getWorksheet("Partenariats")!;
    const headerRow = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((n) => sheet.getRow(n).getCell(1).value === "Identifiant")!;
    const header = sheet.getRow(headerRow).values as unknown[];
    expect(sheet.rowCount).toBe(headerRow + 4);
    const dijon = sheet.getRows(headerRow + 1, 4)!.find((row) => row.getCell(1).value === "15909")!;
    const amount = dijon.getCell(header.indexOf("Montant total déclaré (€)"));
    expect(amount.value).toBe(48_652);
    expect(amount.numFmt).toContain("€");
    expect(workbook.getWorksheet("Financements")!.rowCount).toBe(headerRow + 9);
  });

  test("JSON: the dataset in the project's format, as `atlas export` prints it", async ({ request }) => {
    const response = await get(request, "/export/donnees/atlas.json");
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const dataset = await response.json();
    expect(dataset.format).toBe("atlas-cooperation/dataset@1");
    expect(dataset.meta.demo).toBeNull();
    expect(dataset.partnerships).toHaveLength(4);
    const dijon = dataset.partnerships.find((p: { id: string }) => p.id === "15909");
    expect(dijon.funding.reduce((sum: number, row: { amount: number }) => sum + row.amount, 0)).toBe(48_652);
  });

  test("README: source, licence, real data, date, columns", async ({ request }) => {
    const response = await get(request, "/export/donnees/LISEZMOI.md");
    expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("Contenu : 4 partenariats, dont 4 fiches réelles de l'Atlas, et 9 lignes de financement.");
    expect(text).toMatch(/Date d'extraction : \d{2}\/\d{2}\/\d{4}/);
    expect(text).toContain("Licence Ouverte / Etalab 2.0");
    expect(text).toContain("| Montant total déclaré (€) |");
    expect(text).not.toContain("**généré**");
  });

  test("the list's export honours its filters and order, all rows", async ({ request }) => {
    const maroc = await csvOf(await get(request, "/export/liste/partenariats.csv?country=MA"));
    expect(maroc.notes).toContain("Pays : Maroc");
    expect(maroc.rows.map((row) => row.Identifiant)).toEqual(["15909"]);
    const byAmount = await csvOf(await get(request, "/export/liste/partenariats.csv?sort=-amount&pageSize=1&page=2&yearFrom=2021"));
    // Ordered by the amount of the years asked for (2021's rows of the fiche 15909), whole rows kept.
    expect(byAmount.rows[0]).toMatchObject({ Identifiant: "15909", "Montant déclaré selon les filtres (€)": "25877", "Montant total déclaré (€)": "48652" });
    expect(byAmount.rows.length).toBeGreaterThanOrEqual(2);
    const bad = await get(request, "/export/liste/partenariats.csv?sort=couleur");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("bad_parameter");
  });
});

test.describe("download links", () => {
  test("/donnees links each file; the demonstration dataset's files say they are generated", async ({ page, request }) => {
    await page.goto("/donnees");
    const section = page.getByRole("region", { name: "Télécharger les données" });
    const links = section.getByRole("link");
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))).toEqual([
      "/export/donnees/partenariats.csv",
      "/export/donnees/financements.csv",
      "/export/donnees/atlas.xlsx",
      "/export/donnees/atlas.json",
      "/export/donnees/LISEZMOI.md",
    ]);
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: /LISEZMOI/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lisezmoi-\d{4}-\d{2}-\d{2}\.md$/);
    const { notes, rows } = await csvOf(await request.get("/export/donnees/partenariats.csv"));
    expect(notes).toContain("Données de démonstration : chiffres générés, non réels.");
    const meta = await (await request.get("/api/meta")).json();
    expect(rows).toHaveLength(meta.counts.partnerships);
    expect(rows.filter((row) => row["Fiche réelle ou générée"] === "réelle")).toHaveLength(meta.counts.realPartnerships);
  });

  test("the list's links export the whole list with its filters and order", async ({ page, request }) => {
    await page.goto("/partenariats?country=SN&sort=-amount");
    const csv = page.getByRole("link", { name: "Tableau CSV" });
    await expect(csv).toHaveAttribute("href", "/export/liste/partenariats.csv?country=SN&sort=-amount");
    await expect(page.getByRole("link", { name: "Tableau Excel (XLSX)" })).toHaveAttribute("href", "/export/liste/partenariats.xlsx?country=SN&sort=-amount");
    const api = await (await request.get("/api/partnerships?country=SN&sort=-amount&pageSize=3")).json();
    const { rows } = await csvOf(await request.get((await csv.getAttribute("href"))!));
    expect(rows).toHaveLength(api.total);
    expect(rows.slice(0, 3).map((row) => row.Identifiant)).toEqual(api.items.map((item: { id: string }) => item.id));
  });
});
