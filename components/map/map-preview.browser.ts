import type { MapPreview } from "./map-preview";

/** In the browser: nothing (see map-preview.node.tsx); the server's drawing is already in the page. */
export const mapPreview: MapPreview = undefined;
