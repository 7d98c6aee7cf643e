import "server-only";
import { MapSvg } from "@/components/map/MapSvg";
import type { FileAnswer } from "../api/files";
import { exportFileName } from "../export/file-name";
import { compareSlide } from "../compare/export";
import { PPTX_TYPE, slideOf } from "../export/files";
import { renderMarkup } from "../export/markup";
import { pngSize, svgToPng } from "../export/png";
import { type SlideInput, viewsToPptx } from "../export/pptx";
import { EXPORT_WIDTH, mapBoundaries } from "../export/svg";
import { sourceLine } from "../export/view";
import type { Lang } from "../i18n/lang";
import type { QueryEngine } from "../query/engine";
import { QueryError } from "../query/select";
import { MAX_DECK_VIEWS } from "./deck";
import type { PageViewData } from "./page-views";
import { resolveView } from "./slides";

/** A country page's map, drawn as on its page (this country outlined) and rendered to PNG. */
function mapPicture(data: PageViewData, map: NonNullable<PageViewData["map"]>): SlideInput["picture"] {
  const svg = renderMarkup(
    <MapSvg
      boundaries={mapBoundaries()}
      countries={map.countries}
      measure="partnerships"
      mode="choropleth"
      selected={[map.focus]}
      title={map.title}
      width={EXPORT_WIDTH}
      standalone={{ caption: map.caption, source: sourceLine(data.notes) }}
    />,
  );
  const png = svgToPng(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`);
  return { png, ...pngSize(png) };
}

/** A page's slide: its headline figures above its chart or map, or the figures alone. */
export function pageSlide(data: PageViewData): SlideInput {
  const view = { notes: data.notes, chart: data.chart };
  if (data.chart.kind === "picture" && data.map) return { view, headline: data.headline, picture: mapPicture(data, data.map) };
  return { view, headline: data.headline };
}

/**
 * The deck as one PowerPoint file, a slide per view in the deck's order: a panel's slide as its
 * own export writes it (lib/export/files.ts), a page's from its headline figures. A view that is
 * not one, or names what the dataset lacks, fails the whole file with a 400 naming it (`v`):
 * a deck silently missing a slide would be presented as complete.
 */
export async function deckFile(engine: QueryEngine, hrefs: readonly string[], origin?: string, lang: Lang = "fr"): Promise<FileAnswer> {
  if (hrefs.length === 0) throw new QueryError("v", "the deck has no view: give one v=<view> per slide");
  if (hrefs.length > MAX_DECK_VIEWS) throw new QueryError("v", `at most ${MAX_DECK_VIEWS} views`);
  const slides = hrefs.map((href, index) => {
    const resolved = resolveView(engine, href, origin, lang);
    if (!resolved.ok) throw new QueryError("v", `view ${index + 1} (${href}): ${resolved.message}`);
    if (resolved.kind === "compare") return compareSlide(resolved.data);
    return resolved.kind === "panel" ? slideOf(resolved.data) : pageSlide(resolved.data);
  });
  const fileName = exportFileName("presentation-atlas-cooperation", engine.datasetMeta.updatedAt, "pptx");
  return { body: await viewsToPptx(slides), contentType: PPTX_TYPE, fileName };
}
