import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { csvCell, csvDialect, csvFileName, csvLines, csvOptions, textCell, viewToCsv } from "./csv";
import { INJECTION, testTable, testView } from "./test-view";
import type { ExportCell } from "./types";

const readBack = (csv: string): string[][] =>
  parse(csv, { delimiter: ";", bom: true, relax_column_count: true, record_delimiter: "\r\n" });

/** A cell read back as the table holds it: the decimal comma back to a number, empty to null. */
function readValue(cell: string, kind: string): ExportCell {
  if (cell === "") return null;
  if (kind === "text") return cell;
  expect(cell).toMatch(/^-?\d+(,\d{1,2})?$/);
  return Number(cell.replace(",", "."));
}

describe("viewToCsv", () => {
  const csv = viewToCsv(testView);
  const records = readBack(csv);

  it("starts with a byte order mark and ends every line with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes the notes first, caption first, one cell a line, then an empty line", () => {
    expect(records.slice(0, 9)).toEqual([
      ['La thématique « Eau; assainissement et "hygiène" » reçoit 92 % du montant déclaré.'],
      ["Financements déclarés par thématique"],
      ["Pays : Sénégal"],
      ["Années : 2015 – 2020"],
      ["Source : Atlas français de la coopération décentralisée (MEAE)"],
      ["Données au 30/11/2026"],
      ["Licence Ouverte 2.0 (Etalab)"],
      ["Données de démonstration : chiffres générés, non réels."],
      [""],
    ]);
  });

  it("writes the French headers, a euro column saying (€) once", () => {
    expect(records[9]).toEqual(["Thématique", "Partenariats", "Montant déclaré (€)", "Montant 1 % Eau (€)"]);
  });

  it("writes each row's values, numbers with a decimal comma and no separator, then the total", () => {
    const body = records.slice(10);
    const expected = [...testTable.rows, testTable.total!];
    expect(body).toHaveLength(expected.length);
    body.forEach((record, index) => {
      const values = testTable.columns.map((column, at) => readValue(record[at]!, column.kind));
      const original = testTable.columns.map((column) => expected[index]![column.key]);
      // The injection row is checked below: its text is neutralised on purpose.
      if (original[0] !== INJECTION) expect(values).toEqual(original);
    });
    expect(body[0]).toEqual(['Eau; assainissement et "hygiène"', "1234", "1234567,89", "15000,5"]);
    expect(body.at(-1)).toEqual(["Total", "1246", "1352567,99", "15000,5"]);
  });

  it("quotes fields holding the separator or quotes (RFC 4180)", () => {
    expect(csv).toContain('\r\n"Eau; assainissement et ""hygiène""";1234;');
  });

  it("neutralises a cell a spreadsheet would run as a formula", () => {
    expect(records[11]![0]).toBe(`'${INJECTION}`);
    expect(records[11]!.slice(1)).toEqual(["7", "98000", ""]);
  });

  it("leaves the notes and headers out when empty, the demo line without demo data", () => {
    const bare = readBack(
      viewToCsv({
        notes: { ...testView.notes, filters: [], licence: "", demo: false },
        table: { columns: testTable.columns, rows: [] },
      }),
    );
    expect(bare.map((record) => record[0])).toEqual([
      testView.notes.caption,
      testView.notes.title,
      testView.notes.source,
      "Données au 30/11/2026",
      "",
      "Thématique",
    ]);
  });
});

describe("number and text cells", () => {
  it("writes negative numbers as numbers, rounds to 2 decimals, never -0, NaN as empty", () => {
    const csv = viewToCsv({
      notes: { ...testView.notes, filters: [], demo: false },
      table: {
        columns: [{ key: "v", label: "Écart", kind: "euros" }],
        rows: [{ v: -250.75 }, { v: -0.001 }, { v: 0.1 + 0.2 }, { v: 12_345_678.456 }, { v: Number.NaN }, {}],
      },
    });
    expect(readBack(csv).slice(-6).map((record) => record[0])).toEqual(["-250,75", "0", "0,3", "12345678,46", "", ""]);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+33 1 23 45 67 89", "'+33 1 23 45 67 89"],
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["-12", "-12"],
    ["-3,5", "-3,5"],
    ["Dakar", "Dakar"],
    ["Saint-Louis = Ndar", "Saint-Louis = Ndar"],
  ])("textCell(%j) → %j", (text, expected) => expect(textCell(text)).toBe(expected));

  it("quotes a field holding a lone line feed or carriage return", () => {
    const csv = viewToCsv({
      notes: { ...testView.notes, filters: [], demo: false },
      table: { columns: [{ key: "t", label: "Texte", kind: "text" }], rows: [{ t: "a\nb" }, { t: "c\rd" }] },
    });
    expect(csv).toContain('\r\n"a\nb"\r\n"c\rd"\r\n');
    expect(readBack(csv).slice(-2)).toEqual([["a\nb"], ["c\rd"]]);
  });
});

describe("csvFileName", () => {
  it("makes a safe ASCII name from the title and the date", () => {
    expect(csvFileName("Financements déclarés par thématique", "2026-11-30")).toBe(
      "financements-declares-par-thematique-2026-11-30.csv",
    );
    expect(csvFileName("../Coopération : l'eau / l'énergie", "2026-11-30")).toBe("cooperation-l-eau-l-energie-2026-11-30.csv");
    expect(csvFileName("", "../x")).toBe("sans-nom-x.csv");
  });

  it("cuts a long title at a word", () => {
    const name = csvFileName("Partenariats ".repeat(20), "2026-11-30");
    expect(name).toMatch(/^(partenariats-)+2026-11-30\.csv$/);
    expect(name.length).toBeLessThanOrEqual(80 + "-2026-11-30.csv".length);
  });
});

describe("csvLines", () => {
  it("writes what csv-stringify writes under the same options", () => {
    const rows = [
      ["a", "b;c", 'd "e"', "f\ng", "h\r\ni", "", "'=1+1", " j ", "k,l"],
      ["1234,5", "é€", '"', ";", "\r"],
    ];
    expect(csvLines(rows)).toBe(stringify(rows, csvOptions()));
    expect(csvLines([])).toBe("");
    const english = csvDialect("en");
    expect(csvLines(rows, english)).toBe(stringify(rows, csvOptions(english)));
  });
});

describe("the CSV dialect follows the file's language", () => {
  it("French: ';' between cells and a decimal comma; English: ',' and a decimal point", () => {
    expect(csvCell(1234.5)).toBe("1234,5");
    expect(csvCell(1234.5, csvDialect("en"))).toBe("1234.5");
    expect(csvLines([["a,b", "c;d"]])).toBe('a,b;"c;d"\r\n');
    expect(csvLines([["a,b", "c;d"]], csvDialect("en"))).toBe('"a,b",c;d\r\n');
  });
});
