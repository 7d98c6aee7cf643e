/** Attributes of the server's map drawing (MapPreviewSvg) that the browser reads (previewFrame.ts, MapPreview). */
export const PREVIEW_DATA = { box: "data-box", fitMaxZoom: "data-fit-max-zoom", unit: "data-unit", radius: "data-r", code: "data-code", name: "data-name" } as const;
