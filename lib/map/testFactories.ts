import type { CountryFigures } from "@/lib/query/engine";

/** A CountryFigures for tests, with neutral defaults. */
export function countryFigures(overrides: Partial<CountryFigures> & { code: string }): CountryFigures {
  return { name: overrides.code, region: null, partnerships: 1, amount: 0, frenchAuthorities: 1, ...overrides };
}
