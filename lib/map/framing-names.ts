/**
 * The framings of the world map, named as in the dashboard's URL (`mapView`). Apart from their
 * boxes (./framing.ts, which needs d3): the URL's state is in the browser's first load.
 * `world` is the default, left out of the URL.
 */
export const MAP_FRAMINGS = ["world", "europe", "africa", "americas", "asia-oceania"] as const;
export type MapFraming = (typeof MAP_FRAMINGS)[number];
export const DEFAULT_FRAMING: MapFraming = "world";
