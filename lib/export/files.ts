import "server-only";
import { slugify } from "../slug";
import type { FileAnswer } from "../api/files";
import { pngSize, svgToPng } from "./png";
import { type SlideInput, viewsToPptx } from "./pptx";
import { panelSvg } from "./svg";
import type { ViewExport } from "./types";
import type { PanelData } from "./view";

/** The formats every panel exports to, by file extension. */
export const EXPORT_FORMATS = ["csv", "xlsx", "svg", "png", "pptx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(name);

/** "financements-declares-par-thematique-2026-11-30.svg": the title and the dataset's date, ASCII. */
export function exportFileName(data: PanelData, format: ExportFormat): string {
  return `${slugify(data.figures.title).slice(0, 80)}-${data.notes.datasetDate}.${format}`;
}

const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** A panel as a view every writer takes: its notes, table, chart as data, and standalone SVG. */
export function viewOf(data: PanelData): ViewExport {
  return { notes: data.notes, table: data.figures.table, chart: data.figures.chart, svg: panelSvg(data) };
}

/** A panel as a slide: a native chart, or the PNG of its drawing where PowerPoint has none (the map). */
export function slideOf(data: PanelData): SlideInput {
  const view = viewOf(data);
  if (view.chart.kind !== "picture") return { view };
  const png = svgToPng(view.svg);
  return { view, picture: { png, ...pngSize(png) } };
}

/** A panel's data written in one format. */
export async function panelFile(data: PanelData, format: ExportFormat): Promise<FileAnswer> {
  const fileName = exportFileName(data, format);
  switch (format) {
    case "svg":
      return { body: panelSvg(data), contentType: "image/svg+xml; charset=utf-8", fileName, inline: true };
    case "png":
      return { body: svgToPng(panelSvg(data)), contentType: "image/png", fileName, inline: true };
    case "pptx":
      return { body: await viewsToPptx([slideOf(data)]), contentType: PPTX_TYPE, fileName };
    default:
      throw new Error(`format ${format} is not written yet`);
  }
}
