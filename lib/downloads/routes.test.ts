import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getDataFile } from "@/app/export/donnees/[file]/route";
import { GET as getListFile } from "@/app/export/liste/[file]/route";
import { requestKey } from "../api/answer-cache";
import { answerEtag } from "../api/http";
import { DatasetError } from "../data/store";
import { LIST_COLUMNS } from "./columns";
import { BATCH_SIZE } from "./tables";
import { failingEngine, filtersOf, testDataset, testEngine } from "./test-dataset";
import type { QueryEngine } from "../query/engine";

// The routes read the process's engine (lib/data/engine.ts): given here instead of a data directory.
const shared = globalThis as typeof globalThis & { __atlasEngine?: Promise<QueryEngine> };
const useEngine = (engine: QueryEngine) => {
  shared.__atlasEngine = Promise.resolve(engine);
};
afterEach(() => {
  shared.__atlasEngine = undefined;
  vi.restoreAllMocks();
});

const dataset = testDataset(40);
const get = (route: typeof getDataFile, path: string, headers: HeadersInit = {}) => {
  const url = new URL(path, "http://localhost");
  const file = url.pathname.split("/").at(-1)!;
  return route(new Request(url, { headers }), { params: Promise.resolve({ file }) });
};
const csvRows = async (response: Response) => {
  // Response.text() drops a byte order mark: the bytes say whether one was sent.
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
};
const body = (records: string[][]) => records.slice(records.findIndex((record) => record[0]?.startsWith("Identifiant")) + 1);

describe("GET /export/donnees/<file>", () => {
  it("streams the partnerships CSV: every record, a row each", async () => {
    useEngine(testEngine(dataset));
    const response = await get(getDataFile, "/export/donnees/partenariats.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="partenariats-2026-11-30.csv"');
    expect(response.headers.get("etag")).toBe(answerEtag(requestKey("test-version", new URL("http://localhost/export/donnees/partenariats.csv"))));
    expect(response.body).toBeInstanceOf(ReadableStream);
    const rows = body(await csvRows(response));
    expect(rows.map((row) => row[0])).toEqual(dataset.partnerships.map((p) => p.id));
  });

  it("streams the funding rows CSV and the workbook of both tables", async () => {
    useEngine(testEngine(dataset));
    const funding = body(await csvRows(await get(getDataFile, "/export/donnees/financements.csv")));
    expect(funding).toHaveLength(dataset.partnerships.reduce((sum, p) => sum + p.funding.length, 0));
    const xlsx = await get(getDataFile, "/export/donnees/atlas.xlsx");
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([
      ["Partenariats", 8 + dataset.partnerships.length],
      ["Financements", 8 + funding.length],
    ]);
  });

  it("gives the dataset's JSON exactly as `atlas export --format json` prints it", async () => {
    useEngine(testEngine(dataset));
    const response = await get(getDataFile, "/export/donnees/atlas.json");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.text()).toBe(`${JSON.stringify(dataset)}\n`);
  });

  it("gives a README: source, licence, generated data, date, and every column's meaning", async () => {
    useEngine(testEngine(dataset));
    const response = await get(getDataFile, "/export/donnees/LISEZMOI.md");
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await response.text();
    for (const heading of ["## Source", "## Licence", "## Données réelles ou générées", "## Dictionnaire des colonnes"]) expect(text).toContain(heading);
    expect(text).toContain("Date d'extraction : 30/11/2026");
    expect(text).toContain("**généré** pour la démonstration (graine 7, échelle 0.01)");
    expect(text).toContain("`partenariats.csv` : 7 lignes avant l'en-tête");
    for (const column of LIST_COLUMNS) expect(text).toContain(`| ${column.label} |`);
  });

  it("answers 404 to an unknown file, 400 to a parameter, 304 to a matching ETag", async () => {
    useEngine(testEngine(dataset));
    const unknown = await get(getDataFile, "/export/donnees/tout.csv");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
    expect((await get(getDataFile, "/export/donnees/partenariats.csv?country=MA")).status).toBe(400);
    const etag = (await get(getDataFile, "/export/donnees/partenariats.csv")).headers.get("etag")!;
    expect((await get(getDataFile, "/export/donnees/partenariats.csv", { "If-None-Match": etag })).status).toBe(304);
    // Another file's ETag, or another version's, is not this one's.
    expect((await get(getDataFile, "/export/donnees/financements.csv", { "If-None-Match": etag })).status).toBe(200);
    expect((await get(getDataFile, "/export/donnees/partenariats.csv", { "If-None-Match": '"test-version"' })).status).toBe(200);
  });

  it("answers the API's error when the records cannot be read before the first byte", async () => {
    useEngine(failingEngine(dataset, 0, () => new DatasetError("dataset.json: record 0 cannot be read")));
    const response = await get(getDataFile, "/export/donnees/partenariats.csv");
    expect(response.status).toBe(500);
    expect((await response.json()).error).toMatchObject({ code: "dataset_unreadable", message: "dataset.json: record 0 cannot be read" });
  });

  it("aborts the stream, and logs, when a read fails after the first bytes", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const big = testDataset(2 * BATCH_SIZE);
    useEngine(failingEngine(big, BATCH_SIZE + 10, () => new DatasetError("record 1010 cannot be read")));
    const response = await get(getDataFile, "/export/donnees/partenariats.csv");
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/record 1010/);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("download failed"), expect.objectContaining({ message: "record 1010 cannot be read" }));
  });
});

describe("GET /export/liste/partenariats.<format>", () => {
  it("holds every row of the list's filters in its order, whatever the page asked for", async () => {
    const engine = testEngine(dataset);
    useEngine(engine);
    const response = await get(getListFile, "/export/liste/partenariats.csv?country=MA&sort=title&page=2&pageSize=5");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="liste-des-partenariats-2026-11-30.csv"');
    const records = await csvRows(response);
    expect(records[2]).toEqual(["Pays : Maroc"]);
    const list = engine.list({ ...filtersOf("country=MA"), sort: "title", page: 1, pageSize: 200 });
    expect(body(records).map((row) => row[0])).toEqual(list.items.map((item) => item.id));
    expect(list.total).toBeGreaterThan(5);
  });

  it("gives the same list as a workbook", async () => {
    useEngine(testEngine(dataset));
    const response = await get(getListFile, "/export/liste/partenariats.xlsx?country=ML");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A3").value).toBe("Pays : Mali");
    expect(sheet.rowCount).toBe(9 + 1);
    expect(sheet.getRow(10).getCell(1).value).toBe("g2");
  });

  it("answers 400 to a bad parameter or an unknown value, 404 to another file", async () => {
    useEngine(testEngine(dataset));
    const badSort = await get(getListFile, "/export/liste/partenariats.csv?sort=couleur");
    expect(badSort.status).toBe(400);
    expect((await badSort.json()).error.issues[0].param).toBe("sort");
    const unknownTheme = await get(getListFile, "/export/liste/partenariats.csv?theme=inconnue");
    expect(unknownTheme.status).toBe(400);
    expect((await get(getListFile, "/export/liste/partenariats.pdf")).status).toBe(404);
    expect((await get(getListFile, "/export/liste/financements.csv")).status).toBe(404);
  });
});
