import { resolveFrenchAuthority } from "../authorities";
import { countryCodeFromName } from "../countries";
import { categorizeFinancer } from "../financers";
import type { ForeignContact, ForeignPartner, FrenchAuthority, FundingRow, OtherTheme, Volunteer } from "../model";
import { fail, normalizeLabel, type Section } from "./fiche-sections";
import { checkAmount, checkFundingYear, type FundingRules } from "./checks";
import { parseFrenchNumber } from "./values";

/** A data row of a fiche table: its cells, trimmed, with image placeholders emptied and the row ending dropped. */
export interface Row {
  line: number;
  cells: string[];
}

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
/** The pager printed under each table of the Atlas page. */
const PAGINATION = /^(<<|>>|\d{1,3}|<?\s*pagination\.\S+\s*>?)$/i;
const IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
/** First cells of the tables' header rows, in case a header is printed without its separator. */
const HEADER_CELLS = new Set(
  ["Nom", "Nom du financeur", "Nom de la collectivité étrangère", "Nom de la collectivité territoriale", "Thématique éligible"].map(
    (cell) => normalizeLabel(cell).toLowerCase(),
  ),
);

function splitRow(text: string): string[] {
  const cells = text.split("|").map((cell) => (IMAGE.test(cell.trim()) ? "" : cell.trim()));
  if (text.startsWith("|")) cells.shift();
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** The data rows of a table section: after the `---|---|` separator, without the pager or empty rows. */
function tableRows(section: Section | undefined): Row[] {
  if (!section) return [];
  const separator = section.lines.findIndex((line) => SEPARATOR.test(line.text));
  return section.lines
    .slice(separator + 1)
    .filter((line) => !PAGINATION.test(line.text))
    .map((line) => ({ line: line.no, cells: splitRow(line.text) }))
    .filter((row) => row.cells.length > 0 && !HEADER_CELLS.has(normalizeLabel(row.cells[0]!).toLowerCase()));
}

const filled = (cells: readonly string[]) => cells.filter((cell) => cell !== "");
const cellOrNull = (cells: readonly string[], index: number) => cells[index] || null;

/**
 * "Autres thématiques": the page drops an empty sub-sub-theme cell, so the priority is read from
 * the last cell when it is an integer and the other cells fill theme, sub-theme, sub-sub-theme.
 */
export function otherThemes(section: Section | undefined): OtherTheme[] {
  return tableRows(section).map(({ cells }) => {
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
