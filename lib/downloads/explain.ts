import { z } from "zod";
import type { FileAnswer } from "../api/files";
import { atlasSource } from "../charts/standalone-style";
import { viewToCsv } from "../export/csv";
import { exportFileName } from "../export/file-name";
import type { ExportCell, ExportColumn, ExportNotes, ExportTable } from "../export/types";
import { formatsOf } from "../format";
import { LOCALES, withLang } from "../i18n/lang";
import { type Lang, labelsOf } from "../labels";
import type { FinancerCategory } from "../model";
import { filtersInWords } from "../panels/filters-in-words";
import type { QueryEngine } from "../query/engine";
import type { ExplainResult, ExplainRow } from "../query/explain-rows";
import { checkExplained, explainQuerySchema } from "../query/params";

/**
 * The CSV of an explanation (/export/detail.csv): every partnership of the row, not one page, in
 * the answer's order, under the notes of the panels' CSVs (lib/export/csv.ts: BOM, ";", decimal
 * comma), the last line the row's value. Amounts take a line per funding row summed (its amount,
 * the share applied, its contribution); counts a line per partnership.
 */
export const explainExportSchema = z
  .object({
    ...explainQuerySchema.shape,
    // The panel's parameters as they are: an export holds every row, whatever the page shown.
    page: z.coerce.number().int().min(1).optional(),
    pageSize: z.coerce.number().int().min(1).optional(),
  })
  .strict()
  .superRefine(checkExplained);
export type ExplainExportQuery = z.infer<typeof explainExportSchema>;

// Shares such as 1/3 need more than the 2 decimals of csvCell's numbers to recompute a contribution.
const shareFormatOf = (lang: Lang) => new Intl.NumberFormat(LOCALES[lang], { useGrouping: false, maximumFractionDigits: 6 });

/** The explanation as a CSV file; `origin` makes the pages' addresses absolute. Throws QueryError or NotFoundError first. */
export function explainFile(engine: QueryEngine, query: ExplainExportQuery, origin: string, lang: Lang = "fr"): FileAnswer {
  const { page: _page, pageSize: _pageSize, ...request } = query;
  const answer = engine.explainAll(request, lang);
  const labels = labelsOf(lang);
  const explainFr = labels.explain;
  const { integer: formatInteger, euros: formatEuros } = formatsOf(lang);
  const title = explainFr.csv.title(answer.label, labels.measures[answer.measure]);
  const isAmount = answer.unit === "euros";
  const inWords = filtersInWords(engine.describe(request, lang), request, lang);
  const notes: ExportNotes = {
    title,
    filters: [
      answer.by === null ? explainFr.csv.selection : explainFr.csv.row(explainFr.breakdowns[answer.by], answer.label),
      ...(answer.segment === null || !request.stack ? [] : [explainFr.csv.segment(segmentLabel(request.stack, answer.segment, lang))]),
      ...(inWords.length > 0 ? inWords : [labels.noFilter]),
      ...answer.notes,
    ],
    caption: explainFr.csv.caption(formatInteger(answer.total), isAmount ? formatEuros(answer.value) : formatInteger(answer.value)),
    source: atlasSource({ demo: engine.generated, lang }),
    datasetDate: engine.datasetMeta.updatedAt,
    licence: labels.licence,
    demo: engine.generated,
    lang,
  };
  const table = explainTable(answer, origin, lang);
  return { body: viewToCsv({ notes, table }), contentType: "text/csv; charset=utf-8", fileName: exportFileName(title, engine.datasetMeta.updatedAt, "csv") };
}

function segmentLabel(stack: "financerCategory" | "status" | "region", segment: string, lang: Lang): string {
  const labels = labelsOf(lang);
  const names: Record<string, string> = stack === "status" ? labels.statuses : stack === "financerCategory" ? labels.financerCategories : labels.worldRegions;
  return names[segment] ?? segment;
}

/** The columns and lines: a line per funding row for amounts, per partnership for counts; the total line holds the value. */
export function explainTable(answer: ExplainResult, origin: string, lang: Lang = "fr"): ExportTable {
  const explainFr = labelsOf(lang).explain;
  const names = explainFr.csv.columns;
  const shareFormat = shareFormatOf(lang);
  const isAmount = answer.unit === "euros";
  const distinct = answer.attribution !== null;
  const several = answer.groupCount > 1;
  const column = (key: keyof typeof names, kind: ExportColumn["kind"] = "text"): ExportColumn => ({ key, label: names[key], kind });
  const columns: ExportColumn[] = [
    column("id"),
    column("title"),
    column("countries"),
    column("startYear"),
    ...(several ? [column("groups")] : []),
    ...(isAmount ? [column("financer"), column("category"), column("year"), column("amount", "euros"), column("share")] : []),
    ...(distinct ? [column("counted"), column("notCounted")] : []),
    isAmount ? column("euros", "euros") : column("contribution", "integer"),
    column("url"),
  ];
  const categories = labelsOf(lang).financerCategories;
  const contributionKey = isAmount ? "euros" : "contribution";
  const rows: Record<string, ExportCell>[] = [];
  for (const row of answer.rows) {
    const base = partnershipCells(row, origin, several, lang);
    if (!isAmount) {
      const groupNames = new Map(row.groups.map((group) => [group.key, group.label]));
      const members = (list: ExplainRow["counted"]) =>
        (list ?? []).map((member) => (member.group === undefined ? member.label : `${member.label} (${groupNames.get(member.group)})`)).join(" | ");
      rows.push({ ...base, counted: members(row.counted), notCounted: members(row.notCounted), contribution: row.contribution });
      continue;
    }
    for (const funding of row.funding ?? []) {
      rows.push({
        ...base,
        financer: funding.financer,
        category: categories[funding.category as FinancerCategory] ?? funding.category,
        year: funding.year === null ? null : String(funding.year),
        amount: funding.amount,
        share: shareFormat.format(funding.share),
        euros: funding.contribution,
      });
    }
  }
  return { columns, rows, total: { id: explainFr.csv.total, [contributionKey]: answer.value } };
}

function partnershipCells(row: ExplainRow, origin: string, several: boolean, lang: Lang): Record<string, ExportCell> {
  return {
    id: row.id,
    title: row.title,
    countries: row.countries.map((country) => country.name).join(" | "),
    // Text, not a number: a year must not read "2 015" nor be summed.
    startYear: row.startYear === null ? null : String(row.startYear),
    ...(several ? { groups: row.groups.map((group) => group.label).join(" | ") } : {}),
    url: `${origin}${withLang(row.href, lang)}`,
  };
}
