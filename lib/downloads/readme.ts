import { noteLines } from "../export/tabular";
import { formatsOf } from "../format";
import { type Lang, labelsOf } from "../labels";
import type { QueryEngine } from "../query/engine";
import { type DownloadColumnSpec, fundingColumns, listColumns, partnershipColumns } from "./columns";
import { fundingTable, partnershipsTable } from "./tables";
import { DATA_FILES, type DataFile, dataFileHref, listExportHref } from "./urls";

/**
 * LISEZMOI.md: what the downloads hold and how to read them: source, licence, the dataset's date,
 * whether its figures are real or generated, the files, the CSV conventions, and the meaning of
 * every column. Served as text (text/markdown), never rendered as HTML: the dataset's description,
 * which comes from the data, is written as it is.
 */
export function readme(engine: QueryEngine, lang: Lang = "fr"): string {
  const labels = labelsOf(lang);
  const { integer: formatInteger, isoDate: formatIsoDate } = formatsOf(lang);
  const columnTable = (columns: readonly DownloadColumnSpec[]) => columnTableOf(columns, lang);
  const partnershipColumnList = partnershipColumns(lang);
  const text = labels.downloads.readme;
  const meta = engine.datasetMeta;
  const { count, realPartnerships, rowStart } = engine.index;
  const real = formatInteger(realPartnerships);
  const lines: string[] = [`# ${text.title}`, ""];
  if (meta.demo) lines.push(`> **${labels.demoWarning}**`, "");
  lines.push(
    text.dataset(meta.description),
    "",
    text.extracted(formatIsoDate(meta.updatedAt), engine.version),
    "",
    text.contents(formatInteger(count), real, formatInteger(rowStart[count] ?? 0)),
    "",
    `## ${text.sourceHeading}`,
    "",
    text.source,
    "",
    `## ${text.licenceHeading}`,
    "",
    labels.licence,
    "",
    `## ${text.originHeading}`,
    "",
    meta.demo ? text.generated(meta.demo.seed, meta.demo.scale, real) : text.imported(real, formatInteger(count - realPartnerships)),
    "",
    `## ${text.filesHeading}`,
    "",
    ...DATA_FILES.map((file) => `- [\`${file}\`](${dataFileHref(file)}) : ${text.files[FILE_KEYS[file]]}`),
    `- \`${listExportHref("csv", "…")}\`, \`${listExportHref("xlsx", "…")}\` : ${text.files.list}`,
    "",
    `## ${text.csvHeading}`,
    "",
    ...text.csv.map((line) => `- ${line}`),
    // Each file's notes lines, the empty line after them: what a program skips to reach the header.
    `- ${text.skipRows("partenariats.csv", noteLines(partnershipsTable(engine, lang).notes).length + 1)}`,
    `- ${text.skipRows("financements.csv", noteLines(fundingTable(engine, lang).notes).length + 1)}`,
    "",
    `## ${text.columnsHeading}`,
    "",
    `### \`partenariats.csv\` (${labels.downloads.partnershipsSheet})`,
    "",
    ...columnTable(partnershipColumnList),
    "",
    `### \`financements.csv\` (${labels.downloads.fundingSheet})`,
    "",
    ...columnTable(fundingColumns(lang)),
    "",
    `### ${text.listHeading} (\`${listExportHref("csv", "")}\`)`,
    "",
    text.listColumns,
    "",
    ...columnTable(listColumns(lang).slice(partnershipColumnList.length)),
    "",
  );
  return lines.join("\n");
}

const FILE_KEYS = {
  "partenariats.csv": "partnershipsCsv",
  "financements.csv": "fundingCsv",
  "atlas.xlsx": "xlsx",
  "atlas.json": "json",
  "LISEZMOI.md": "readme",
} as const satisfies Record<DataFile, string>;

/** A Markdown table cell: a "|" would end it. */
const cell = (value: string): string => value.replaceAll("|", "\\|");

function columnTableOf(columns: readonly DownloadColumnSpec[], lang: Lang): string[] {
  const meanings = labelsOf(lang).downloadColumns;
  return [labelsOf(lang).downloads.readme.columnHeader, "|---|---|", ...columns.map((column) => `| ${cell(column.label)} | ${cell(meanings[column.key].meaning)} |`)];
}
