import "server-only";
import { slugify } from "../slug";
import type { FileAnswer } from "../api/files";
import { svgToPng } from "./png";
import { panelSvg } from "./svg";
import type { PanelData } from "./view";

/** The formats every panel exports to, by file extension. */
export const EXPORT_FORMATS = ["csv", "xlsx", "svg", "png", "pptx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(name);

/** "financements-declares-par-thematique-2026-11-30.svg": the title and the dataset's date, ASCII. */
export function exportFileName(data: PanelData, format: ExportFormat): string {
  return `${slugify(data.figures.title).slice(0, 80)}-${data.notes.datasetDate}.${format}`;
}

/** A panel's data written in one format. */
export async function panelFile(data: PanelData, format: ExportFormat): Promise<FileAnswer> {
  const fileName = exportFileName(data, format);
  switch (format) {
    case "svg":
      return { body: panelSvg(data), contentType: "image/svg+xml; charset=utf-8", fileName, inline: true };
    case "png":
      return { body: svgToPng(panelSvg(data)), contentType: "image/png", fileName, inline: true };
    default:
      throw new Error(`format ${format} is not written yet`);
  }
}
