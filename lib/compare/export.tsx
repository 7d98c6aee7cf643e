import "server-only";
import type { ReactElement } from "react";
import { CompareChartDocument } from "@/components/compare/CompareChartSvg";
import type { FileAnswer } from "../api/files";
import { viewToCsv } from "../export/csv";
import { exportFileName } from "../export/file-name";
import { type ExportFormat, PPTX_TYPE, XLSX_TYPE } from "../export/files";
import { renderMarkup } from "../export/markup";
import { svgToPng } from "../export/png";
import type { SlideInput } from "../export/pptx";
import { viewsToPptx } from "../export/pptx";
import { EXPORT_WIDTH } from "../export/svg";
import type { ViewExport } from "../export/types";
import { sourceLine } from "../export/view";
import { viewToXlsx } from "../export/xlsx";
import { formatEurosCompact, formatInteger } from "../format";
import type { ComparePanelData } from "./load";

/** The standalone document of a comparison panel: the page's chart component, drawn as a file. */
export function compareDocument({ figures, breakdown, notes }: ComparePanelData): ReactElement {
  return (
    <CompareChartDocument
      rows={breakdown.rows}
      names={figures.names}
      title={figures.title}
      formatValue={breakdown.measure === "amount" ? formatEurosCompact : formatInteger}
      width={EXPORT_WIDTH}
      labelWidth={260}
      valueWidth={80}
      standalone={{ caption: notes.caption, source: sourceLine(notes) }}
    />
  );
}

export const compareSvg = (data: ComparePanelData): string => `<?xml version="1.0" encoding="UTF-8"?>\n${renderMarkup(compareDocument(data))}`;

/** A comparison panel as a slide: a native clustered bar chart of the two series. */
export function compareSlide(data: ComparePanelData): SlideInput {
  const view: ViewExport = { notes: data.notes, table: data.figures.table, chart: data.figures.chart };
  return { view };
}

/** A comparison panel written in one format: both sides, their difference and ratio in the tables. */
export async function compareFile(data: ComparePanelData, format: ExportFormat): Promise<FileAnswer> {
  const fileName = exportFileName(data.figures.title, data.notes.datasetDate, format);
  const table = { notes: data.notes, table: data.figures.table };
  switch (format) {
    case "csv":
      return { body: viewToCsv(table), contentType: "text/csv; charset=utf-8", fileName };
    case "xlsx":
      return { body: await viewToXlsx(table), contentType: XLSX_TYPE, fileName };
    case "svg":
      return { body: compareSvg(data), contentType: "image/svg+xml; charset=utf-8", fileName, inline: true };
    case "png":
      return { body: svgToPng(compareSvg(data)), contentType: "image/png", fileName, inline: true };
    case "pptx":
      return { body: await viewsToPptx([compareSlide(data)]), contentType: PPTX_TYPE, fileName };
  }
}
