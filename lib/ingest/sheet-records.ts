import { categorizeFinancer } from "../financers";
import type { FundingRow, Partnership } from "../model";
import { normalizeName } from "../normalize";
import { type FundingRules, checkAmount, checkFundingYear } from "./checks";
import { type Column, type Row, list, orNull, parseFunding, rowToPartnership } from "./csv";
import { type Layout, type MappedColumn, cellText, frenchDate } from "./sheet-headers";
import type { SheetCell, SheetRow } from "./sheet-read";
import type { SheetColumn } from "./sheet-synonyms";
import { ImportError, parseFrenchNumber } from "./values";

/** One partnership of a sheet: the rows it was read from, the record, and what is wrong with them. */
export interface SheetGroup {
  lines: number[];
  /** As far as it could be built (its bad funding rows left out); null when the rows make no record. */
  partnership: Partnership | null;
  problems: ImportError[];
}

export interface SheetOptions {
  /** The file's name, kept in each record's source. */
  file: string;
  rules: FundingRules;
  /** The map's default for the `origine` column. */
  origine?: "atlas" | "demo";
}

/** The cells of a row's own funding row (the `financements` column holds whole rows). */
const FUNDING_CELLS: readonly SheetColumn[] = ["montant", "montant_oudin", "financeur", "annee_financement"];
const YEAR_COLUMNS = new Set<SheetColumn>(["annee_debut", "annee_premiere_signature", "annee_financement"]);

/** A row's cells by column: partnership columns as text, its funding as read. */
interface ReadRow {
  line: number;
  values: Row;
  funding: { amount: number | null; oudin: number | null; financer: string; year: string; packed: string };
  problems: ImportError[];
  /** Columns whose cell was reported unreadable: not reported again as missing. */
  unreadable: Set<SheetColumn>;
}

/** "Montant (€) → montant": a problem names the file's header and the project's column. */
const fieldOf = (mapped: MappedColumn | undefined, column: string) => (mapped ? `${mapped.header} → ${column}` : column);

/**
 * The partnerships of a sheet's rows below its header. Rows of one partnership (same id or
 * prj_id, else same title, French authorities and countries) make one record with a funding row
 * for each row that has one.
 */
export function sheetGroups(rows: readonly SheetRow[], layout: Layout, options: SheetOptions): SheetGroup[] {
  const byColumn = new Map(layout.columns.map((mapped) => [mapped.column, mapped]));
  const field = (column: string) => fieldOf(byColumn.get(column as SheetColumn), column);
  const groups = new Map<string, ReadRow[]>();
  for (const row of rows) {
    if (row.line <= layout.headerLine) continue;
    const read = readRow(row, layout.columns);
    if (!read) continue;
    const key = groupKey(read);
    const group = groups.get(key);
    if (group) group.push(read);
    else groups.set(key, [read]);
  }
  return [...groups.values()].map((group) => buildGroup(group, field, options));
}

function readRow(row: SheetRow, columns: readonly MappedColumn[]): ReadRow | null {
  const read: ReadRow = { line: row.line, values: {}, funding: { amount: null, oudin: null, financer: "", year: "", packed: "" }, problems: [], unreadable: new Set() };
  let filled = false;
  for (const mapped of columns) {
    const cell = row.cells[mapped.index] ?? null;
    if (cellText(cell) === "") continue;
    filled = true;
    try {
      const { column } = mapped;
      if (column === "montant") read.funding.amount = readAmount(cell);
      else if (column === "montant_oudin") read.funding.oudin = readAmount(cell);
      else if (column === "financeur") read.funding.financer = readText(cell, column);
      else if (column === "annee_financement") read.funding.year = readText(cell, column);
      else if (column === "financements") read.funding.packed = readText(cell, column);
      else read.values[column] = readText(cell, column);
    } catch (error) {
      read.problems.push(new ImportError((error as Error).message, row.line, fieldOf(mapped, mapped.column)));
      read.unreadable.add(mapped.column);
    }
  }
  return filled ? read : null;
}

/** An amount cell: an XLSX number as it is, text in French formats ("12 500,50 €"); empty → null. */
export function readAmount(cell: SheetCell): number | null {
  if (cell === null || typeof cell === "number") return cell;
  if (cell instanceof Date) throw new Error(`${frenchDate(cell)} is a date, not an amount`);
  const text = cell.trim();
  if (!text) return null;
  // A minus sign is read so that the shared rule reports a negative amount as such.
  const negative = /^[-−]/.test(text);
  const amount = parseFrenchNumber(negative ? text.replace(/^[-−]\s*/, "") : text);
  return negative ? -amount : amount;
}

function readText(cell: SheetCell, column: SheetColumn): string {
  if (cell instanceof Date) {
    // A year read from a date would be a guess: the cell may hold a start date as well as a typing slip.
    if (YEAR_COLUMNS.has(column)) throw new Error(`${frenchDate(cell)} is a date where a year was expected`);
    return frenchDate(cell);
  }
  return cellText(cell);
}

function groupKey(row: ReadRow): string {
  const { id, prj_id: prjId, titre, collectivite_francaise: authorities, pays } = row.values;
  if (id) return `id:${id}`;
  if (prjId) return `prj:${normalizeName(prjId)}`;
  // Rows with no title are each reported, not gathered into one.
  if (!titre) return `line:${row.line}`;
  const names = (cell: string | undefined) => list(cell).map(normalizeName).sort().join("|");
  return ["content", normalizeName(titre), names(authorities), names(pays)].join("\n");
}

function buildGroup(rows: ReadRow[], field: (column: string) => string, options: SheetOptions): SheetGroup {
  const problems = rows.flatMap((row) => row.problems);
  const { values, lineOf } = mergeRows(rows, field, problems);
  const first = rows[0]!.line;
  if (!orNull(values.origine) && options.origine) values.origine = options.origine;
  const funding = rows.flatMap((row) => fundingOf(row, values, field, options.rules, problems));
  let partnership: Partnership | null = null;
  try {
    partnership = rowToPartnership(values, first, { file: options.file, kind: "spreadsheet", funding });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const column = error.field as Column | null;
    problems.push(new ImportError(error.reason, (column && lineOf.get(column)) ?? first, column ? field(column) : null));
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { lines: rows.map((row) => row.line), partnership, problems };
}

/** The partnership's cells: each column's first filled cell; a later row saying otherwise is a problem. */
function mergeRows(rows: ReadRow[], field: (column: string) => string, problems: ImportError[]) {
  const values: Row = {};
  const lineOf = new Map<string, number>();
  for (const row of rows) {
    for (const [column, value] of Object.entries(row.values)) {
      const kept = values[column];
      if (kept === undefined) {
        values[column] = value;
        lineOf.set(column, row.line);
      } else if (normalizeName(kept) !== normalizeName(value)) {
        problems.push(
          new ImportError(`"${value}" differs from "${kept}" on line ${lineOf.get(column)}: the rows of one partnership must agree`, row.line, field(column)),
        );
      }
    }
  }
  return { values, lineOf };
}

/** The funding rows of one sheet row, checked by the shared rules; a problem is recorded, not thrown. */
function fundingOf(row: ReadRow, values: Row, field: (column: string) => string, rules: FundingRules, problems: ImportError[]): FundingRow[] {
  const { amount, oudin, financer, year, packed } = row.funding;
  const authorities = list(values.collectivite_francaise);
  const rowsOut: FundingRow[] = [];
  const check = <T>(column: string, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      problems.push(new ImportError((error as Error).message, row.line, field(column)));
      return undefined;
    }
  };
  if (packed) {
    for (const entry of check("financements", () => parseFunding(packed, authorities, rules)) ?? []) {
      const ok = check("financements", () => {
        checkFundingYear(entry.year, rules);
        checkAmount(entry.amount, rules);
        if (entry.oudinAmount !== null) checkAmount(entry.oudinAmount, rules, "1 % Eau amount");
        return true;
      });
      if (ok) rowsOut.push(entry);
    }
  }
  // A cell already reported as unreadable leaves its funding row out without a second problem.
  if (FUNDING_CELLS.some((column) => row.unreadable.has(column))) return rowsOut;
  if (amount === null && oudin === null && !financer && !year) return rowsOut;
  const checked = {
    amount: check("montant", () => {
      if (amount === null) throw new Error(`the funding row${financer ? ` of "${financer}"` : ""} has no amount`);
      return checkAmount(amount, rules);
    }),
    oudin: oudin === null ? null : check("montant_oudin", () => checkAmount(oudin, rules, "1 % Eau amount")),
    financer: check("financeur", () => {
      const name = financer || authorities[0];
      if (!name) throw new Error("the funding row has no financer, and no French authority to default to");
      return name;
    }),
    year: check("annee_financement", () => {
      if (year) return checkFundingYear(year, rules);
      // No year of its own: the partnership's start year, under the same rule.
      const start = orNull(values.annee_debut);
      try {
        return checkFundingYear(start, rules);
      } catch (error) {
        const reason = (error as Error).message;
        throw new Error(start ? `the funding row has no year, and the start year it would default to is not one: ${reason}` : `${reason}, and the partnership no start year`);
      }
    }),
  };
  const { amount: checkedAmount, oudin: checkedOudin, financer: name, year: checkedYear } = checked;
  if (checkedAmount === undefined || checkedOudin === undefined || name === undefined || checkedYear === undefined) return rowsOut;
  rowsOut.push({ financer: name, category: categorizeFinancer(name, authorities), amount: checkedAmount, oudinAmount: checkedOudin, year: checkedYear });
  return rowsOut;
}
