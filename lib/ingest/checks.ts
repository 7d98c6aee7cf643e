import { formatEuros } from "../format";

/**
 * What an imported funding row may hold. Every importer applies the same rules, so that no
 * format lets a figure in that another would refuse.
 */
export interface FundingRules {
  /** The last acceptable funding year: the year after the import's date. */
  lastYear: number;
  /** Amounts above this (in euros, per row) are refused; null when `--allow-large-amounts` was given. */
  amountCeiling: number | null;
}

export const FIRST_FUNDING_YEAR = 1950;
/**
 * 50 M€ for one row is far above any row the Atlas publishes (its whole yearly total is a few
 * tens of millions): a larger figure is a typing or unit error until someone says otherwise.
 */
export const AMOUNT_CEILING = 50_000_000;

/** The rules of an import run on `today` (ISO date; defaults to now). */
export function fundingRules(options: { today?: string; allowLargeAmounts?: boolean } = {}): FundingRules {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return { lastYear: Number(today.slice(0, 4)) + 1, amountCeiling: options.allowLargeAmounts ? null : AMOUNT_CEILING };
}

/** A funding year: 4 digits from 1950 to the year after the import. Anything else throws; nothing is reinterpreted. */
export function checkFundingYear(raw: string | number | null | undefined, rules: FundingRules): number {
  const text = raw === null || raw === undefined ? "" : String(raw).trim();
  if (!text) throw new Error(`the funding row has no year (${FIRST_FUNDING_YEAR} to ${rules.lastYear})`);
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < FIRST_FUNDING_YEAR || year > rules.lastYear) {
    throw new Error(`"${text}" is not a funding year (${FIRST_FUNDING_YEAR} to ${rules.lastYear})`);
  }
  return year;
}

/** An amount in euros: finite, not negative, and at most the ceiling unless large amounts are allowed. */
export function checkAmount(amount: number, rules: FundingRules, what = "amount"): number {
  if (!Number.isFinite(amount)) throw new Error(`the ${what} is not a finite number`);
  if (amount < 0) throw new Error(`the ${what} ${formatEuros(amount)} is negative`);
  if (rules.amountCeiling !== null && amount > rules.amountCeiling) {
    throw new Error(
      `the ${what} ${formatEuros(amount)} is above the ceiling of ${formatEuros(rules.amountCeiling)} per funding row ` +
        "(import with --allow-large-amounts to accept it knowingly)",
    );
  }
  return amount;
}

/** A problem of a parsed record, named by its path in the model ("funding.2.year"). */
export interface RecordProblem {
  field: string;
  message: string;
}

/**
 * The funding rules applied to a record whatever its format (the JSON import has no funding
 * table of its own to check while reading): each row's year and amounts, and the Oudin sum.
 */
export function fundingProblems(funding: readonly FundingRowLike[], rules: FundingRules): RecordProblem[] {
  const problems: RecordProblem[] = [];
  funding.forEach((row, index) => {
    const at = (field: string, check: () => unknown) => {
      try {
        check();
      } catch (error) {
        problems.push({ field: `funding.${index}.${field}`, message: `${row.financer}: ${(error as Error).message}` });
      }
    };
    at("year", () => checkFundingYear(row.year, rules));
    at("amount", () => checkAmount(row.amount, rules));
    if (row.oudinAmount !== null) at("oudinAmount", () => checkAmount(row.oudinAmount!, rules, "1 % Eau amount"));
    if (row.oudinAmounts) {
      const sum = row.oudinAmounts.reduce((total, amount) => total + amount, 0);
      if (Math.abs(sum - (row.oudinAmount ?? 0)) > 0.005) {
        problems.push({ field: `funding.${index}.oudinAmount`, message: `${row.financer}: the 1 % Eau amount is not the sum of its columns` });
      }
    }
  });
  return problems;
}

interface FundingRowLike {
  financer: string;
  amount: number;
  oudinAmount: number | null;
  oudinAmounts?: number[];
  year: number | null;
}
