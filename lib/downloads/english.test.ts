import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { labelsOf } from "../labels";
import { partnershipColumns } from "./columns";
import { csvChunks } from "./csv";
import { readme } from "./readme";
import { fundingTable, listTable, partnershipsTable } from "./tables";
import { filtersOf, testEngine } from "./test-dataset";

/** English files are read with ",", French ones with ";" (lib/export/csv.ts). */
const readBack = (csv: string, delimiter = ","): string[][] => parse(csv, { delimiter, bom: true, relax_column_count: true, record_delimiter: "\r\n" });
/** The header row: the one after the notes' empty line. */
const headerOf = (records: string[][]) => records[records.findIndex((record) => record.length === 1 && record[0] === "") + 1]!;

describe("the downloads in English", () => {
  const engine = testEngine();
  const en = labelsOf("en");

  it("heads the partnerships' CSV with the English column labels and names countries in English", () => {
    const records = readBack([...csvChunks(partnershipsTable(engine, "en"))].join(""));
    const header = headerOf(records);
    expect(header).toEqual(partnershipColumns("en").map((column) => column.label));
    expect(header.slice(0, 3)).toEqual([en.downloadColumns.id.label, en.downloadColumns.atlasId.label, en.downloadColumns.title.label]);
    const row = records[records.indexOf(header) + 1]!;
    expect(row[header.indexOf(en.downloadColumns.partnerCountryNames.label)]).toContain("Morocco");
    expect(records[0]![0]).toBe(en.downloads.partnershipsCaption("3"));
  });

  it("heads the funding CSV and the list's export in English, the list's filters in English", () => {
    expect(headerOf(readBack([...csvChunks(fundingTable(engine, "en"))].join(""))).slice(0, 2)).toEqual([
      en.downloadColumns.partnershipId.label,
      en.downloadColumns.financer.label,
    ]);
    const list = listTable(engine, filtersOf("country=MA"), "-startYear", "en");
    expect(list.columns.at(-1)!.label).toBe(en.downloadColumns.listAmount.label);
    expect(list.notes.filters.join(" ")).toContain("Morocco");
    expect(list.notes.caption).toContain(en.pages.list.sorts.startYear.descending);
  });

  it("leaves the French files as they were", () => {
    const records = readBack([...csvChunks(partnershipsTable(engine))].join(""), ";");
    expect(headerOf(records).slice(0, 3)).toEqual(["Identifiant", "Identifiant Atlas", "Titre"]);
  });

  it("writes the README's column dictionary in the file's language", () => {
    expect(readme(engine, "en")).toContain(`| ${en.downloadColumns.title.label} | ${en.downloadColumns.title.meaning} |`);
  });
});
