import type { ReactNode } from "react";
import type { MapTarget } from "@/lib/map/map-view";
import type { MapMeasure, MapMode } from "@/lib/map/measures";
import type { CountryFigures } from "@/lib/query/engine";

/** What the server needs to draw the map's first paint (components/map/map-preview.node.tsx). */
export interface MapPreviewRequest {
  countries: CountryFigures[];
  measure: MapMeasure;
  mode: MapMode;
  selected: string[];
  target: MapTarget;
}

export type MapPreview = ((request: MapPreviewRequest) => ReactNode) | undefined;
