import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReactNode } from "react";
import { DETAIL_ZOOM, BOUNDARIES_URL, LIGHT_BOUNDARIES_URL } from "@/lib/map/boundaries";
import type { CountryCollection } from "@/lib/map/geometry";
import { fitView } from "@/lib/map/leaflet-view";
import { initialFrame, viewOptions } from "@/lib/map/map-view";
import type { MapPreviewRequest } from "./map-preview";
import { MapPreviewSvg } from "./MapPreviewSvg";

/*
 * The server's side of the package import "#map-preview" (package.json "imports"): it reads the
 * shapes from public/geo and draws the map for the first paint. Browsers get map-preview.browser.ts
 * (nothing): the shapes never enter a JavaScript bundle, and the drawing travels once, as HTML.
 */

// The size of the map's box on a desktop dashboard: the browser frames the drawing to its own.
const ASSUMED = { width: 640, height: 420 };

const shapes = new Map<string, CountryCollection>();
function load(url: string): CountryCollection {
  let collection = shapes.get(url);
  if (!collection) {
    collection = JSON.parse(readFileSync(path.join(process.cwd(), "public", url), "utf8")) as CountryCollection;
    shapes.set(url, collection);
  }
  return collection;
}

/** The map drawn as SVG for the first paint (server only). */
export function mapPreview({ target, ...props }: MapPreviewRequest): ReactNode {
  const light = load(LIGHT_BOUNDARIES_URL);
  const frame = initialFrame(target, props.countries.map((country) => country.code), light);
  const { zoom } = fitView(frame.box, ASSUMED.width, ASSUMED.height, viewOptions(frame));
  const boundaries = zoom >= DETAIL_ZOOM ? load(BOUNDARIES_URL) : light;
  return <MapPreviewSvg {...props} boundaries={boundaries} frame={frame} {...ASSUMED} />;
}
