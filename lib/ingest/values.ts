/**
 * A file, or a part of one, that cannot be imported. `line` is 1-based; `field` is the label or
 * column the problem is in. The message of a combined error lists every problem, one a line.
 */
export class ImportError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number | null,
    readonly field: string | null,
  ) {
    super(ImportError.describe(reason, line, field));
    this.name = "ImportError";
  }

  static describe(reason: string, line: number | null, field: string | null): string {
    const where = [line !== null ? `line ${line}` : null, field ? `field "${field}"` : null].filter(Boolean).join(", ");
    return where ? `${where}: ${reason}` : reason;
  }

  /** One error standing for several (each keeps its line and field in `problems`). */
  static combine(problems: ImportError[]): ImportError {
    const combined = new ImportError(problems.map((p) => p.message).join("\n"), null, null);
    combined.problems = problems;
    return combined;
  }

  problems: ImportError[] = [this];
}

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Parses a French-formatted amount: "12 500", "12 500" (no-break spaces), "12.500",
 * "12 500,50", "12500 €". Throws on anything else.
 */
export function parseFrenchNumber(raw: string): number {
  let value = raw.replace(SPACES, "").replace(/€$/, "");
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)) value = value.replace(/\./g, "");
  value = value.replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(value)) throw new Error(`"${raw}" is not an amount`);
  return Number(value);
}

/** Parses a year cell: empty → null, "2020" → 2020; anything else throws. */
export function parseYear(raw: string | undefined): number | null {
  const value = raw?.trim();
  if (!value) return null;
  if (!/^\d{4}$/.test(value) || Number(value) < 1900 || Number(value) > 2100) {
    throw new Error(`"${value}" is not a year`);
  }
  return Number(value);
}

/** Parses "31/12/2021" (or ISO "2021-12-31") into "2021-12-31"; empty → null; an impossible date throws. */
export function parseFrenchDate(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`"${value}" is not a date (dd/mm/yyyy)`);
  const [day, month, year] = value.includes("/")
    ? [Number(match[1]), Number(match[2]), Number(match[3])]
    : [Number(match[3]), Number(match[2]), Number(match[1])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`"${value}" is not a valid date`);
  }
  return date.toISOString().slice(0, 10);
}
