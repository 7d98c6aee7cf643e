/**
 * First step of the demo generator: how many partnerships each country has, and which French
 * authority leads each of them.
 */
import { DEMO_COUNTRIES, type DemoCountry } from "./countries-weights";
import type { PoolAuthority } from "./french";
import { allocate, type Rng, sampleWithoutReplacement } from "./random";

/** One partnership to be: the index of its lead authority in the pool and of its country in DEMO_COUNTRIES. */
export interface Pairing {
  authority: number;
  country: number;
}

/**
 * Pairs every partnership slot of the pool's authorities with a country, in shuffled order.
 * Twinning-type countries (Europe, industrialised) go preferably to small communes, development
 * countries to régions, départements and big cities, as each authority's `europeOdds` says.
 */
export function pairAuthoritiesWithCountries(rng: Rng, pool: readonly PoolAuthority[], total: number): Pairing[] {
  const countryCounts = allocate(DEMO_COUNTRIES.map((c) => c.weight), total);
  const authoritySlots: number[] = [];
  pool.forEach((p, i) => {
    for (let k = 0; k < p.count; k++) authoritySlots.push(i);
  });
  const northCountrySlots: number[] = [];
  const southCountrySlots: number[] = [];
  countryCounts.forEach((n, c) => {
    const list = (DEMO_COUNTRIES[c] as DemoCountry).group === "development" ? southCountrySlots : northCountrySlots;
    for (let k = 0; k < n; k++) list.push(c);
  });
  const northSet = new Uint8Array(total);
  for (const i of sampleWithoutReplacement(rng, authoritySlots.map((a) => (pool[a] as PoolAuthority).europeOdds), northCountrySlots.length)) {
    northSet[i] = 1;
  }
  rng.shuffle(northCountrySlots);
  rng.shuffle(southCountrySlots);
  const pairs: Pairing[] = [];
  let north = 0;
  let south = 0;
  authoritySlots.forEach((authority, i) => {
    const country = northSet[i] ? northCountrySlots[north++] : southCountrySlots[south++];
    pairs.push({ authority, country: country as number });
  });
  rng.shuffle(pairs);
  return pairs;
}
