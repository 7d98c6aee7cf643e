/**
 * World regions as the ministry's geographic directions split the world, derived from the UN
 * regions and subregions of `world-countries`: the Caucasus and Turkey go with Europe, Iran with
 * the Middle East, the rest of Asia with Oceania.
 */
export const WORLD_REGION_KEYS = ["europe", "afrique-subsaharienne", "afrique-nord-moyen-orient", "ameriques", "asie-oceanie"] as const;
export type WorldRegion = (typeof WORLD_REGION_KEYS)[number];
