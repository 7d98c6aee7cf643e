import "server-only";
import type { FileAnswer } from "../api/files";
import { viewToCsv } from "./csv";
import { exportFileName } from "./file-name";
import { pngSize, svgToPng } from "./png";
import { type SlideInput, viewsToPptx } from "./pptx";
import { panelSvg } from "./svg";
import type { ViewExport } from "./types";
import { viewToXlsx } from "./xlsx";
import type { PanelData } from "./view";

/** The formats every panel exports to, by file extension. */
export const EXPORT_FORMATS = ["csv", "xlsx", "svg", "png", "pptx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(name);


export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";


/** What the table writers take: the notes and the table (no drawing). */
const tableOf = (data: PanelData) => ({ notes: data.notes, table: data.figures.table });

/** A panel as a slide: a native chart, or the PNG of its drawing where PowerPoint has none (the map). */
export function slideOf(data: PanelData): SlideInput {
  const view: ViewExport = { notes: data.notes, table: data.figures.table, chart: data.figures.chart };
  // Drawn only where the slide needs the picture: a native chart is written from the data.
  if (view.chart.kind !== "picture") return { view };
  const png = svgToPng(panelSvg(data));
  return { view, picture: { png, ...pngSize(png) } };
}

/** A panel's data written in one format. */
export async function panelFile(data: PanelData, format: ExportFormat): Promise<FileAnswer> {
  const fileName = exportFileName(data.figures.title, data.notes.datasetDate, format);
  switch (format) {
    case "csv":
      return { body: viewToCsv(tableOf(data)), contentType: "text/csv; charset=utf-8", fileName };
    case "xlsx":
      return { body: await viewToXlsx(tableOf(data)), contentType: XLSX_TYPE, fileName };
    case "svg":
      return { body: panelSvg(data), contentType: "image/svg+xml; charset=utf-8", fileName, inline: true };
    case "png":
      return { body: svgToPng(panelSvg(data)), contentType: "image/png", fileName, inline: true };
    case "pptx":
      return { body: await viewsToPptx([slideOf(data)]), contentType: PPTX_TYPE, fileName };
  }
}
