import type { LatLngBox } from "@/lib/map/focus";
import { frameViewBox } from "@/lib/map/map-frame";
import { PREVIEW_DATA } from "./preview-data";

/**
 * Frames the server's map drawing (MapPreviewSvg) to its box's real size, as Leaflet will frame it
 * there: the server assumed a desktop size and fitted the box exactly, Leaflet snaps its zoom to a
 * quarter level. Circles get their radius in screen pixels back. Returns false without a drawing.
 */
export function frameServerMap(svg: SVGSVGElement, width: number, height: number): boolean {
  const box = svg.getAttribute(PREVIEW_DATA.box)?.split(",").map(Number);
  const unit = Number(svg.getAttribute(PREVIEW_DATA.unit));
  if (box?.length !== 4 || box.some(Number.isNaN) || !unit || width <= 0 || height <= 0) return false;
  const [south = 0, west = 0, north = 0, east = 0] = box;
  const fitMaxZoom = svg.getAttribute(PREVIEW_DATA.fitMaxZoom);
  const frame = { box: [[south, west], [north, east]] as LatLngBox, fitMaxZoom: fitMaxZoom === null ? undefined : Number(fitMaxZoom) };
  const { view, viewBox } = frameViewBox(frame, width, height, unit);
  svg.setAttribute("viewBox", viewBox.map((v) => v.toFixed(2)).join(" "));
  // A hook for tests and styles: the drawing now shows what Leaflet will.
  svg.setAttribute("data-framed", "");
  const pxToUnits = unit / 2 ** view.zoom;
  for (const circle of svg.querySelectorAll<SVGCircleElement>(`circle[${PREVIEW_DATA.radius}]`)) {
    circle.setAttribute("r", (Number(circle.getAttribute(PREVIEW_DATA.radius)) * pxToUnits).toFixed(2));
  }
  return true;
}
