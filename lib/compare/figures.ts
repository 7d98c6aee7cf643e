import type { ExportChart, ExportColumn, ExportTable } from "../export/types";
import { formatsOf } from "../format";
import { type Lang, LOCALES } from "../i18n/lang";
import { isGroupKey } from "../keys";
import { labelsOf } from "../labels";
import type { AppliedFilter } from "../query/describe";
import type { Breakdown } from "../query/params";
import type { FilteredSummary } from "../query/summary";
import { DSFR_COLORS } from "../scales";
import type { ComparePanel } from "./panels";
import type { CompareRow } from "./rows";
import { type CompareMeasure, SIDES, type Side } from "./state";

/** The two sides' fills: both reach 3:1 against white (WCAG 1.4.11) and differ in lightness. */
export const SIDE_COLORS: Record<Side, string> = { a: DSFR_COLORS.blueFrance, b: DSFR_COLORS.menthe };

/** What the figures of a side are computed from: its headline figures and its filters' labels. */
export type SideFigures = FilteredSummary & { applied: readonly AppliedFilter[] };

/** What a comparison panel shows, and every export writes. */
export interface CompareFigures {
  title: string;
  /** Each side's name ("Sénégal", "Ensemble des partenariats"), told apart when equal. */
  names: Record<Side, string>;
  caption: string;
  /** "A : montants connus pour 41 % des partenariats (75 sur 184)". */
  coverage: Record<Side, string>;
  table: ExportTable;
  chart: Extract<ExportChart, { kind: "clustered-bars" }>;
}

const labels = (lang: Lang) => labelsOf(lang).compare;

/** Each side's name, from its filters; two equal names say which side they are. */
export function sideNames(sides: Record<Side, SideFigures>, lang: Lang = "fr"): Record<Side, string> {
  const { caption } = labelsOf(lang);
  const scope = (side: Side) => (sides[side].applied.length > 0 ? sides[side].applied.map((a) => a.label).join(", ") : caption.everything);
  const a = scope("a");
  const b = scope("b");
  if (a !== b) return { a, b };
  return { a: labels(lang).caption.sameScope(a, labels(lang).short.a), b: labels(lang).caption.sameScope(b, labels(lang).short.b) };
}

const formatOf = (measure: CompareMeasure, lang: Lang) => (measure === "amount" ? formatsOf(lang).eurosCompact : formatsOf(lang).integer);
const signed = (value: number, format: (v: number) => string) => (value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : format(0));

const firstColumn: Partial<Record<Breakdown, (lang: Lang) => string>> = {
  year: (lang) => labelsOf(lang).columns.year,
  activeYear: (lang) => labelsOf(lang).columns.year,
  financerCategory: (lang) => labelsOf(lang).columns.financerCategory,
  financer: (lang) => labelsOf(lang).columns.financer,
  country: (lang) => labelsOf(lang).columns.country,
  authority: (lang) => labelsOf(lang).columns.authority,
};

function firstColumnLabel(by: Breakdown, lang: Lang): string {
  const named = firstColumn[by];
  if (named) return named(lang);
  const level = labelsOf(lang).themeLevels[by as "theme" | "subTheme" | "subSubTheme"] ?? by;
  return level.charAt(0).toUpperCase() + level.slice(1);
}

/**
 * The panel's table: a row per group with both values, B − A and B / A (and, for amounts, the
 * partnerships of each side), then the totals. A ratio with no value (A is 0) is "—" in the page
 * and in every file alike.
 */
export function compareTable(rows: readonly CompareRow[], total: CompareRow, by: Breakdown, measure: CompareMeasure, lang: Lang = "fr"): ExportTable {
  const text = labels(lang);
  const kind = measure === "amount" ? "euros" : "integer";
  const measureName = text.measureNames[measure];
  const columns: ExportColumn[] = [
    { key: "label", label: firstColumnLabel(by, lang), kind: "text" },
    { key: "a", label: text.columns.value(text.short.a, measureName), kind },
    { key: "b", label: text.columns.value(text.short.b, measureName), kind },
    { key: "difference", label: text.columns.difference, kind },
    { key: "ratio", label: text.columns.ratio, kind: "ratio" },
  ];
  if (measure === "amount") {
    columns.push({ key: "pa", label: text.columns.partnerships(text.short.a), kind: "integer" }, { key: "pb", label: text.columns.partnerships(text.short.b), kind: "integer" });
  }
  const cells = (row: CompareRow) => ({
    label: row.label,
    a: row.a,
    b: row.b,
    difference: row.difference,
    ratio: row.ratio ?? text.noRatio,
    ...(measure === "amount" ? { pa: row.partnerships.a, pb: row.partnerships.b } : {}),
  });
  return { columns, rows: rows.map(cells), total: cells(total) };
}

/** The side's figures in a sentence: "184 partenariats, 12,4 M€". */
function sideFigures(summary: FilteredSummary, lang: Lang): string {
  const { caption } = labelsOf(lang);
  const f = formatsOf(lang);
  const count = caption.partnerships(f.integer(summary.partnerships), summary.partnerships > 1);
  return summary.coverage.funded > 0 ? `${count}, ${f.eurosCompact(summary.amount)}` : `${count}, ${caption.noAmount}`;
}

/**
 * The comparison's sentence, deterministic: each side's figures, how many times B is A on the
 * measure compared, and the group where they differ most. E.g. "Sénégal : 184 partenariats,
 * 12,4 M€ ; Maroc : 1 093 partenariats, 55,1 M€ (4,5 fois plus) ; plus grand écart : Eau (+3,1 M€)."
 */
export function compareCaption(names: Record<Side, string>, sides: Record<Side, SideFigures>, rows: readonly CompareRow[], measure: CompareMeasure, lang: Lang = "fr"): string {
  const text = labels(lang).caption;
  const pick = (side: Side) => (measure === "amount" ? sides[side].amount : sides[side].partnerships);
  const [a, b] = [pick("a"), pick("b")];
  let times = "";
  if (a > 0 && b > 0) {
    const ratio = b / a;
    const rounded = Math.round((ratio >= 1 ? ratio : 1 / ratio) * 10) / 10;
    times = rounded === 1 ? ` (${text.same})` : ` (${text.times(oneDecimal[lang].format(rounded), ratio > 1)})`;
  }
  const groups = rows.filter((row) => isGroupKey(row.key) && row.difference !== 0);
  const widest = groups.reduce<CompareRow | null>((top, row) => (top === null || Math.abs(row.difference) > Math.abs(top.difference) ? row : top), null);
  const lead = widest ? ` ; ${text.widest(widest.label, signed(widest.difference, formatOf(measure, lang)))}` : "";
  // French spaces its colons and semicolons, English does not.
  const [colon, semicolon] = lang === "fr" ? [" : ", " ; "] : [": ", "; "];
  return `${names.a}${colon}${sideFigures(sides.a, lang)}${semicolon}${names.b}${colon}${sideFigures(sides.b, lang)}${times}${lead.replace(/^ ; /, semicolon)}.`;
}

const oneDecimal: Record<Lang, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat(LOCALES.fr, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(LOCALES.en, { maximumFractionDigits: 1 }),
};

/** Each side's coverage: the share of its partnerships that declare an amount. */
export function coverageLines(sides: Record<Side, SideFigures>, lang: Lang = "fr"): Record<Side, string> {
  const text = labels(lang);
  const f = formatsOf(lang);
  const line = (side: Side) => {
    const { coverage } = sides[side];
    return text.coverage(text.side[side], f.percent(coverage.share), f.integer(coverage.funded), f.integer(coverage.partnerships));
  };
  return { a: line("a"), b: line("b") };
}

/** Everything a comparison panel shows, from its rows and both sides' figures. */
export function compareFigures(
  panel: ComparePanel,
  breakdown: { by: Breakdown; measure: CompareMeasure; rows: readonly CompareRow[]; total: CompareRow },
  sides: Record<Side, SideFigures>,
  lang: Lang = "fr",
): CompareFigures {
  const { by, measure, rows, total } = breakdown;
  const names = sideNames(sides, lang);
  const text = labels(lang);
  return {
    title: text.panels[panel][measure],
    names,
    caption: compareCaption(names, sides, rows, measure, lang),
    coverage: coverageLines(sides, lang),
    table: compareTable(rows, total, by, measure, lang),
    chart: {
      kind: "clustered-bars",
      categories: rows.map((row) => row.label),
      series: SIDES.map((side) => ({ name: `${text.short[side]} : ${names[side]}`, values: rows.map((row) => row[side]), color: SIDE_COLORS[side] })),
      valueKind: measure === "amount" ? "euros" : "integer",
    },
  };
}
