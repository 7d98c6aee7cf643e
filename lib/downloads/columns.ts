import { countryName as countryNameIn } from "../countries";
import type { ExportCell } from "../export/types";
import { type Lang, labelsOf } from "../labels";
import type { FundingRow, Partnership, ThemeRef } from "../model";

/**
 * The columns of the downloaded tables and the cells of each row, built from the records: one row
 * per partnership, one row per funding row. The CSV and XLSX writers of lib/downloads take these,
 * so that both files hold the same values under the same headers.
 */

const PARTNERSHIP_KEYS = [
  "id", "atlasId", "title", "status", "startYear", "firstSignatureYear", "endDate", "theme", "subTheme", "subSubTheme",
  "otherThemes", "authorities", "authorityCodes", "authorityKinds", "departements", "regions", "partners",
  "partnerCountries", "partnerCountryNames", "form", "amount", "fundingRows", "origin", "url",
] as const;
const FUNDING_KEYS = ["partnershipId", "financer", "category", "rowAmount", "oudinAmount", "year"] as const;
type PartnershipKey = (typeof PARTNERSHIP_KEYS)[number];
type FundingKey = (typeof FUNDING_KEYS)[number];
/** Every column of a download; `listAmount` only in a list's export. */
export type DownloadColumn = PartnershipKey | FundingKey | "listAmount";

/**
 * How a column's values are written. "number": a number with no grouping (ids, years: "2 015"
 * would misread); "integer": a count, grouped; "euros": an amount with its unit in a spreadsheet.
 */
export type CellKind = "text" | "number" | "integer" | "euros";

export interface DownloadColumnSpec {
  key: DownloadColumn;
  /** Header in the file's language; euro columns say "(€)" in it, since the CSV's cells are bare numbers. */
  label: string;
  kind: CellKind;
  /** Width in a spreadsheet, in characters: fixed, since a streamed sheet is written before its rows are known. */
  width: number;
}

export type CellRow = ExportCell[];

const KINDS: Partial<Record<DownloadColumn, CellKind>> = {
  atlasId: "number", startYear: "number", firstSignatureYear: "number", year: "number",
  amount: "euros", rowAmount: "euros", oudinAmount: "euros", listAmount: "euros", fundingRows: "integer",
};
const WIDTHS: Partial<Record<DownloadColumn, number>> = {
  id: 12, atlasId: 10, title: 60, status: 10, startYear: 10, firstSignatureYear: 10, endDate: 12, otherThemes: 50,
  authorityCodes: 16, authorityKinds: 20, departements: 12, regions: 12, partnerCountries: 10, partnerCountryNames: 20,
  amount: 16, rowAmount: 14, oudinAmount: 14, listAmount: 16, fundingRows: 10, origin: 10, url: 40,
  partnershipId: 12, financer: 45, category: 40, year: 8,
};

function spec(key: DownloadColumn, lang: Lang = "fr"): DownloadColumnSpec {
  return { key, label: labelsOf(lang).downloadColumns[key].label, kind: KINDS[key] ?? "text", width: WIDTHS[key] ?? 30 };
}

/** The partnerships' columns, headed in `lang`. */
export const partnershipColumns = (lang: Lang): readonly DownloadColumnSpec[] => PARTNERSHIP_KEYS.map((key) => spec(key, lang));
/** The funding rows' columns, headed in `lang`. */
export const fundingColumns = (lang: Lang): readonly DownloadColumnSpec[] => FUNDING_KEYS.map((key) => spec(key, lang));
/** A list's export: the partnerships' columns, then the amount the list shows (within its filters). */
export const listColumns = (lang: Lang): readonly DownloadColumnSpec[] => [...partnershipColumns(lang), spec("listAmount", lang)];

export const PARTNERSHIP_COLUMNS: readonly DownloadColumnSpec[] = partnershipColumns("fr");
export const FUNDING_COLUMNS: readonly DownloadColumnSpec[] = fundingColumns("fr");
export const LIST_COLUMNS: readonly DownloadColumnSpec[] = listColumns("fr");

/** Euros to the cent: a sum of float amounts must not read 1234.5600000001. */
export const cents = (value: number): number => Math.round(value * 100) / 100;

/**
 * The values of a multi-valued cell, in the record's order; an unknown value stays an empty slot so
 * that the n-th code is the n-th authority's. Nothing known at all is an empty cell.
 */
function joined(values: readonly (string | null | undefined)[], lang: Lang): string {
  if (values.every((value) => !value)) return "";
  return values.map((value) => value ?? "").join(labelsOf(lang).downloads.separator);
}

const themePath = (theme: ThemeRef, lang: Lang): string =>
  [theme.theme, theme.subTheme, theme.subSubTheme].filter((part): part is string => part !== null).join(labelsOf(lang).downloads.themePath);

const countryName = (partner: Partnership["foreignPartners"][number], lang: Lang): string =>
  partner.country ? countryNameIn(partner.country, lang) : partner.countryName;

/** The declared total of a partnership, in euros (0 without funding rows). */
export function declaredTotal(partnership: Partnership): number {
  let total = 0;
  for (const row of partnership.funding) total += row.amount;
  return cents(total);
}

/** One partnership's cells, in the order of PARTNERSHIP_COLUMNS. */
export function partnershipCells(p: Partnership, lang: Lang = "fr"): CellRow {
  const labels = labelsOf(lang);
  const join = (values: readonly (string | null | undefined)[]) => joined(values, lang);
  const authorities = p.frenchAuthorities;
  const cells: Record<PartnershipKey, ExportCell> = {
    id: p.id,
    atlasId: p.source.atlasId,
    title: p.title,
    status: p.status ? labels.statuses[p.status] : null,
    startYear: p.startYear,
    firstSignatureYear: p.firstSignatureYear,
    endDate: p.endDate,
    theme: p.theme?.theme ?? null,
    subTheme: p.theme?.subTheme ?? null,
    subSubTheme: p.theme?.subSubTheme ?? null,
    otherThemes: join(p.otherThemes.map((theme) => themePath(theme, lang))),
    authorities: join(authorities.map((a) => a.name)),
    authorityCodes: join(authorities.map((a) => a.code)),
    authorityKinds: join(authorities.map((a) => (a.kind ? labels.authorityKinds[a.kind] : null))),
    departements: join(authorities.map((a) => a.departement)),
    regions: join(authorities.map((a) => a.region)),
    partners: join(p.foreignPartners.map((f) => f.name)),
    partnerCountries: join(p.foreignPartners.map((f) => f.country)),
    partnerCountryNames: join(p.foreignPartners.map((f) => countryName(f, lang))),
    form: p.form,
    amount: declaredTotal(p),
    fundingRows: p.funding.length,
    origin: p.source.real ? labels.downloads.real : labels.downloads.generated,
    url: p.source.url,
  };
  return PARTNERSHIP_KEYS.map((key) => cells[key]);
}

/** A list row: the partnership's cells, then the amount the list shows for it. */
export function listCells(p: Partnership, listAmount: number, lang: Lang = "fr"): CellRow {
  const row = partnershipCells(p, lang);
  row.push(cents(listAmount));
  return row;
}

/** One row per funding row of a partnership, in the order of FUNDING_COLUMNS. */
export function fundingCells(p: Partnership, lang: Lang = "fr"): CellRow[] {
  const categories = labelsOf(lang).financerCategories;
  return p.funding.map((row: FundingRow) => [p.id, row.financer, categories[row.category], row.amount, row.oudinAmount, row.year]);
}
