import type { Labels } from "./index";

/** The English labels of the Leaflet map's own controls. */
export const mapEn: Labels["map"] = {
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  closePopup: "Close",
};
