import { noteLines } from "../export/tabular";
import { formatInteger, formatIsoDate } from "../format";
import { labelsOf } from "../labels";
import type { QueryEngine } from "../query/engine";
import { type DownloadColumnSpec, FUNDING_COLUMNS, LIST_COLUMNS, PARTNERSHIP_COLUMNS } from "./columns";
import { fundingTable, partnershipsTable } from "./tables";
import { DATA_FILES, type DataFile, dataFileHref, listExportHref } from "./urls";

/**
 * LISEZMOI.md: what the downloads hold and how to read them: source, licence, the dataset's date,
 * whether its figures are real or generated, the files, the CSV conventions, and the meaning of
 * every column. Served as text (text/markdown), never rendered as HTML: the dataset's description,
 * which comes from the data, is written as it is.
 */
export function readme(engine: QueryEngine): string {
  const labels = labelsOf();
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
    `- ${text.skipRows("partenariats.csv", noteLines(partnershipsTable(engine).notes).length + 1)}`,
    `- ${text.skipRows("financements.csv", noteLines(fundingTable(engine).notes).length + 1)}`,
    "",
    `## ${text.columnsHeading}`,
    "",
    `### \`partenariats.csv\` (${labels.downloads.partnershipsSheet})`,
    "",
    ...columnTable(PARTNERSHIP_COLUMNS),
    "",
    `### \`financements.csv\` (${labels.downloads.fundingSheet})`,
    "",
    ...columnTable(FUNDING_COLUMNS),
    "",
    `### ${text.listHeading} (\`${listExportHref("csv", "")}\`)`,
    "",
    text.listColumns,
    "",
    ...columnTable(LIST_COLUMNS.slice(PARTNERSHIP_COLUMNS.length)),
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

function columnTable(columns: readonly DownloadColumnSpec[]): string[] {
  const meanings = labelsOf().downloadColumns;
  return [labelsOf().downloads.readme.columnHeader, "|---|---|", ...columns.map((column) => `| ${cell(column.label)} | ${cell(meanings[column.key].meaning)} |`)];
}
