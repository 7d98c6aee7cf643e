/**
 * World regions as the ministry's geographic directions split the world, derived from the UN
 * regions and subregions of `world-countries`: the Caucasus and Turkey go with Europe, Iran with
 * the Middle East, the rest of Asia with Oceania.
 */
export const WORLD_REGIONS = {
  europe: "Europe",
  "afrique-subsaharienne": "Afrique subsaharienne",
  "afrique-nord-moyen-orient": "Afrique du Nord et Moyen-Orient",
  ameriques: "Amériques",
  "asie-oceanie": "Asie et Océanie",
} as const;
export type WorldRegion = keyof typeof WORLD_REGIONS;
export const WORLD_REGION_KEYS = Object.keys(WORLD_REGIONS) as WorldRegion[];
