import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as getDetailCsv } from "@/app/export/detail.csv/route";
import type { ApiError } from "../api/http";
import { filtersSchema, parseParams } from "../query/params";
import { explainExportSchema } from "./explain";
import { testDataset, testEngine } from "./test-dataset";
import { injectEngine } from "../test-support/engine";

const dataset = testDataset(60);
const use = () => {
  injectEngine(testEngine(dataset));
};
const get = (path: string) => getDetailCsv(new Request(new URL(path, "http://localhost")));
const errorOf = async (response: Response) => ((await response.json()) as ApiError).error;
const csvRows = async (response: Response) => {
  // Response.text() drops a byte order mark: the bytes say whether one was sent.
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
};
/** The engine's explanation of the same query, every row. */
function explained(query: string) {
  const parsed = parseParams(explainExportSchema, new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  const { page: _page, pageSize: _pageSize, ...rest } = parsed.value;
  return testEngine(dataset).explainAll(rest);
}

describe("GET /export/detail.csv", () => {
  it("holds every partnership of the row, whatever the page, and a total line equal to the value", async () => {
    use();
    const response = await get("/export/detail.csv?by=country&measure=amount&key=MA&page=2&pageSize=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="detail-de-maroc-montant-declare-2026-11-30\.csv"$/);
    const records = await csvRows(response);
    expect(records[0]![0]).toMatch(/^\d+ partenariats, dont les contributions font .+€, la valeur de la ligne$/);
    expect(records.map((record) => record[0])).toContain("Ligne : pays partenaire « Maroc »");
    expect(records.some((record) => record[0] === "Données de démonstration : chiffres générés, non réels.")).toBe(true);
    const header = records.findIndex((record) => record[0] === "Identifiant");
    expect(records[header]).toEqual([
      "Identifiant", "Titre", "Pays partenaires", "Année de début", "Financeur", "Catégorie de financeur", "Année du financement",
      "Montant de la ligne (€)", "Part appliquée", "Contribution (€)", "Adresse de la page",
    ]);
    const lines = records.slice(header + 1);
    const total = lines.at(-1)!;
    const number = (cell: string) => Number(cell.replace(",", "."));
    const answer = explained("by=country&measure=amount&key=MA");
    expect(total[0]).toBe("Total");
    expect(number(total[9]!)).toBeCloseTo(answer.value, 2);
    const body = lines.slice(0, -1);
    expect(body).toHaveLength(answer.rows.reduce((count, row) => count + row.funding!.length, 0));
    expect(new Set(body.map((line) => line[0]))).toEqual(new Set(answer.rows.map((row) => row.id)));
    expect(body.reduce((sum, line) => sum + number(line[9]!), 0)).toBeCloseTo(answer.value, 2);
    expect(body[0]![10]).toMatch(/^http:\/\/localhost\/partenariats\//);
  });

  it("exports the whole selection (no `by`): the total line is the summary's figure", async () => {
    use();
    const records = await csvRows(await get("/export/detail.csv?measure=partnerships&country=MA"));
    expect(records.map((record) => record[0])).toContain("Nombre : toute la sélection (chiffres clés), sans ventilation");
    const total = records.at(-1)!;
    expect(total[0]).toBe("Total");
    const filters = parseParams(filtersSchema, new URLSearchParams("country=MA"));
    if (!filters.ok) throw new Error(filters.message);
    const partnerships = testEngine(dataset).summary(filters.value).partnerships;
    expect(partnerships).toBeGreaterThan(0);
    expect(Number(total.at(-2))).toBe(partnerships);
    expect(explained("measure=partnerships&country=MA").total).toBe(partnerships);
    expect((await get("/export/detail.csv?segment=meae")).status).toBe(400);
  });

  it("lists counted members for distinct counts, and answers the API's errors", async () => {
    use();
    const records = await csvRows(await get("/export/detail.csv?by=country&measure=frenchAuthorities&key=MA"));
    const header = records.findIndex((record) => record[0] === "Identifiant");
    expect(records[header]!.slice(4)).toEqual(["Comptés ici", "Déjà comptés par un partenariat précédent", "Contribution", "Adresse de la page"]);
    expect(records.at(-1)!.slice(0, 1).concat(records.at(-1)![6]!)).toEqual(["Total", "2"]);
    expect((await get("/export/detail.csv?by=country&key=FR")).status).toBe(404);
    const missing = await get("/export/detail.csv?by=country");
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).issues[0]!.param).toBe("key");
  });
});
