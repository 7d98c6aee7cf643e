import { resolveFrenchAuthority } from "../authorities";
import { countryCodeFromName } from "../countries";
import { categorizeFinancer } from "../financers";
import type { ForeignContact, ForeignPartner, FrenchAuthority, FundingRow, OtherTheme, Volunteer } from "../model";
import { checkAmount, checkFundingYear, type FundingRules } from "./checks";
import { fail, type Line, normalizeLabel, type Section } from "./fiche-sections";
import { parseFrenchNumber } from "./values";

/**
 * A data row of a fiche table: its cells, trimmed, image placeholders emptied; a row split at its
 * pipes loses its trailing empty cells, a row whose rendering gave its cells keeps every cell.
 */
export interface Row {
  line: number;
  cells: string[];
  /** The cells are in their columns (a browser copy, HTML), empty ones included. */
  exact?: boolean;
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
/** The `---|---|` line under a page text's table header. */
export const isPipeSeparator = (text: string) => SEPARATOR.test(text.trim());
/**
 * A word of the pager printed under each table of the Atlas: "<<", "< pagination.page.precedent",
 * "1" in the page text; "<< < Précédent 1 Suivant > >>" in a browser copy, on one line or several.
 */
const PAGER_WORD = /^(<<|>>|<|>|«|»|‹|›|\d{1,3}|pr[ée]c[ée]dente?|suivante?|pagination\.\S+)$/iu;
const IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
/** First cells of the tables' header rows, in case a header is printed without its separator. */
const HEADER_CELLS = new Set(
  ["Nom", "Nom du financeur", "Nom de la collectivité étrangère", "Nom de la collectivité territoriale", "Thématique éligible"].map(
    (cell) => normalizeLabel(cell).toLowerCase(),
  ),
);

const isPager = (text: string) => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => PAGER_WORD.test(word));
};
const isHeader = (cells: readonly string[]) => HEADER_CELLS.has(normalizeLabel(cells[0] ?? "").toLowerCase());
const cleanCell = (cell: string) => (IMAGE.test(cell.trim()) ? "" : cell.trim());

function splitRow(text: string): string[] {
  const cells = text.split("|").map(cleanCell);
  if (text.startsWith("|")) cells.shift();
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/**
 * The rows of a page text's table: after the `---|---|` separator, split at the pipes. The page
 * drops some empty cells, so positions are not exact in every table.
 */
function pipeRows(lines: readonly Line[]): Row[] {
  const separator = lines.findIndex((line) => SEPARATOR.test(line.text));
  return lines
    .slice(separator + 1)
    .filter((line) => !isPager(line.text))
    .map((line) => ({ line: line.no, cells: splitRow(line.text) }));
}

/**
 * The data rows of a table section, without its header row, the pager or empty rows. When the
 * rendering gave cells (a browser copy, HTML), they are the rows, empty cells kept in place, and
 * the section's other lines (pager, page footer) are not; otherwise the pipe text is split.
 */
function tableRows(section: Section | undefined): Row[] {
  if (!section) return [];
  const exact = section.lines.some((line) => line.cells);
  const rows = exact
    ? section.lines.flatMap((line) => (line.cells ? [{ line: line.no, cells: line.cells.map(cleanCell), exact: true }] : []))
    : pipeRows(section.lines);
  return rows.filter(({ cells }) => cells.some((cell) => cell !== "") && !isHeader(cells) && !isPager(cells.join(" ")));
}

const filled = (cells: readonly string[]) => cells.filter((cell) => cell !== "");
const cellOrNull = (cells: readonly string[], index: number) => cells[index] || null;

/**
 * "Autres thématiques": theme, sub-theme, sub-sub-theme, priority. The page text drops an empty
 * sub-sub-theme cell, so there the priority is read from the last cell when it is an integer and
 * the other cells fill theme, sub-theme, sub-sub-theme; a rendering with its cells in their columns
 * is read by column (a theme with a sub-sub-theme but no sub-theme stays so).
 */
export function otherThemes(section: Section | undefined): OtherTheme[] {
  return tableRows(section).map(({ cells, exact }) => {
    if (exact && cells.length >= 4 && cells[0]) {
      const priority = /^\d+$/.test(cells[3] ?? "") ? Number(cells[3]) : null;
      return { theme: cells[0], subTheme: cellOrNull(cells, 1), subSubTheme: cellOrNull(cells, 2), priority };
    }
    const values = filled(cells);
    const priority = /^\d+$/.test(values[values.length - 1] ?? "") ? Number(values.pop()) : null;
    return { theme: values[0]!, subTheme: cellOrNull(values, 1), subSubTheme: cellOrNull(values, 2), priority };
  });
}

/** "Partenaires étrangers": name and country as printed, with the country's ISO code when known. */
export function foreignPartners(section: Section | undefined): ForeignPartner[] {
  return tableRows(section).map(({ line, cells }) => {
    const [name, countryName] = filled(cells);
    if (!countryName) fail(line, section!.label, `the foreign partner "${name}" has no country`);
    return { name: name!, country: countryCodeFromName(countryName), countryName };
  });
}

/** "Contacts dans les partenaires étrangers": positional, an empty cell is null. */
export function foreignContacts(section: Section | undefined): ForeignContact[] {
  return tableRows(section).map(({ cells }) => ({
    partner: cellOrNull(cells, 0),
    lastName: cellOrNull(cells, 1),
    firstName: cellOrNull(cells, 2),
    role: cellOrNull(cells, 3),
    email: cellOrNull(cells, 4),
  }));
}

/** "Collectivités territoriales partenaires", resolved to their INSEE code and kind when possible. */
export function frenchAuthorities(section: Section | undefined): FrenchAuthority[] {
  return tableRows(section).map(({ cells }) => resolveFrenchAuthority(filled(cells)[0]!));
}

/** "Volontaires impliqués…": Nom | Prénom | Mission | Champs d'action | Entité d'affectation. */
export function volunteers(section: Section | undefined): Volunteer[] {
  return tableRows(section).map(({ cells }) => ({
    lastName: cellOrNull(cells, 0),
    firstName: cellOrNull(cells, 1),
    mission: cellOrNull(cells, 2),
    fieldOfAction: cellOrNull(cells, 3),
    assignment: cellOrNull(cells, 4),
  }));
}

/** The fiche's funding table has three "Montant 1% Eau (Loi Oudin 2005)" columns. */
const OUDIN_COLUMNS = 3;

/**
 * "Financement": the page drops empty cells, so a row is read from its filled cells: the financer,
 * the amount, up to three 1 % Eau amounts in column order, and the year, always last. A row whose
 * last cell is not a funding year is refused rather than read as an amount with no year.
 */
export function funding(section: Section | undefined, frenchAuthorityNames: readonly string[], rules: FundingRules): FundingRow[] {
  return tableRows(section).map(({ line, cells }) => {
    const field = section!.label;
    const checked = <T>(check: () => T): T => {
      try {
        return check();
      } catch (error) {
        return fail(line, field, (error as Error).message);
      }
    };
    const amountOf = (cell: string, what: string) =>
      checked(() => {
        let value: number;
        try {
          value = parseFrenchNumber(cell);
        } catch {
          throw new Error(`"${cell}" is not an amount in euros`);
        }
        return checkAmount(value, rules, what);
      });
    const [financer, amount, ...rest] = filled(cells);
    if (amount === undefined) fail(line, field, `the financer "${financer}" has no amount`);
    const yearCell = rest.pop();
    const year = checked(() => checkFundingYear(yearCell, rules));
    if (rest.length > OUDIN_COLUMNS) fail(line, field, `unexpected cells ${rest.map((c) => `"${c}"`).join(", ")}`);
    const oudin = rest.map((cell) => amountOf(cell, "1 % Eau amount"));
    return {
      financer: financer!,
      category: categorizeFinancer(financer!, frenchAuthorityNames),
      amount: amountOf(amount!, "amount"),
      oudinAmount: oudin.length === 0 ? null : oudin.reduce((sum, value) => sum + value, 0),
      ...(oudin.length > 1 ? { oudinAmounts: oudin } : {}),
      year,
    };
  });
}
