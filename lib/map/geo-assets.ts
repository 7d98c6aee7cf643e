// Written by scripts/build-geo.ts: the boundaries files of public/geo, named by their content's hash.

/** The detailed shapes (Natural Earth 1:50m, lightly simplified), for zoomed views. */
export const DETAILED_BOUNDARIES_FILE = "countries-50m.fc98edd56c.geo.json";

/** The light shapes (the same countries, simplified harder), for the world and the first paint. */
export const LIGHT_BOUNDARIES_FILE = "countries-light.abcb6afd20.geo.json";
