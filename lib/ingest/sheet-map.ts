import { readFile } from "node:fs/promises";
import { z } from "zod";
import { normalizeName } from "../normalize";
import { SHEET_COLUMNS, type SheetColumn } from "./sheet-synonyms";
import { ImportError } from "./values";

/**
 * MAP.json: which column of the project each header of a spreadsheet is (data/README.md,
 * "Importer un tableur"). Headers are matched normalised (case, accents, spaces, punctuation).
 */
const columnMapSchema = z.strictObject({
  /** A note for whoever reads the map; not used. */
  description: z.string().optional(),
  /** The worksheet to read (XLSX); default: the first one where a header row is found. */
  sheet: z.string().min(1).optional(),
  /** Header of the file → column of the project. Headers not listed are read by synonym when recognised. */
  columns: z.record(z.string().min(1), z.string()).default({}),
  /** Headers to leave out, even when recognised. */
  ignore: z.array(z.string().min(1)).default([]),
  /** "demo" marks every record as not real (an example, generated data); default "atlas". A column `origine` wins. */
  origine: z.enum(["atlas", "demo"]).optional(),
});

export type ColumnMap = Omit<z.infer<typeof columnMapSchema>, "columns"> & { columns: Record<string, SheetColumn> };

const isSheetColumn = (value: string): value is SheetColumn => (SHEET_COLUMNS as readonly string[]).includes(value);

/** Validates a parsed MAP.json; throws ImportError listing every problem, each with its place in the map as field. */
export function parseColumnMap(json: unknown): ColumnMap {
  const parsed = columnMapSchema.safeParse(json);
  const problems: ImportError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const message = issue.code === "unrecognized_keys" ? `${issue.message}; the keys are ${Object.keys(columnMapSchema.shape).join(", ")}` : issue.message;
        return new ImportError(message, null, issue.path.join(".") || null);
      });
  // The columns are checked even when another key is wrong, so that one run names every problem.
  const entries = parsed.success ? parsed.data.columns : columnsOf(json);
  const columns: Record<string, SheetColumn> = {};
  const byColumn = new Map<SheetColumn, string>();
  const headers = new Map<string, string>();
  const sameHeader = (header: string, where: string) => {
    const other = headers.get(normalizeName(header));
    if (other !== undefined) problems.push(new ImportError(`"${header}" is the same header as "${other}" (case, accents and punctuation are ignored)`, null, where));
    headers.set(normalizeName(header), header);
  };
  for (const [header, column] of Object.entries(entries)) {
    const where = `columns.${header}`;
    sameHeader(header, where);
    if (!isSheetColumn(column)) {
      problems.push(new ImportError(`unknown column "${column}"; the columns are: ${SHEET_COLUMNS.join(", ")}`, null, where));
      continue;
    }
    const other = byColumn.get(column);
    if (other !== undefined) problems.push(new ImportError(`"${header}" and "${other}" are both mapped to ${column}`, null, where));
    byColumn.set(column, header);
    columns[header] = column;
  }
  if (!parsed.success) throw ImportError.combine(problems);
  parsed.data.ignore.forEach((header, index) => {
    sameHeader(header, `ignore.${index}`);
  });
  if (problems.length > 0) throw ImportError.combine(problems);
  return { ...parsed.data, columns };
}

/** The string entries of a map's `columns` that did not pass the schema as a whole. */
function columnsOf(json: unknown): Record<string, string> {
  const columns = (json as { columns?: unknown } | null)?.columns;
  if (!columns || typeof columns !== "object") return {};
  return Object.fromEntries(Object.entries(columns).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** Reads and validates a MAP.json file; throws ImportError naming each problem. */
export async function loadColumnMap(file: string): Promise<ColumnMap> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ImportError(`cannot read the map: ${(error as Error).message}`, null, null);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ImportError(`the map is not valid JSON: ${(error as Error).message}`, null, null);
  }
  return parseColumnMap(json);
}
