import type { FinancerCategory } from "./model";
import { normalizeName } from "./normalize";

const MEAE_NAMES = new Set(
  [
    "Ministère de l'Europe et des Affaires étrangères",
    "Ministère des Affaires étrangères",
    "Ministère des Affaires étrangères et du Développement international",
    "MEAE",
    "MAE",
    "MAEDI",
  ].map(normalizeName),
);
const FOREIGN_PARTNER_NAMES = new Set(
  ["Collectivités et partenaires étrangers", "Partenaires étrangers", "Collectivités étrangères"].map(normalizeName),
);

/**
 * Derives a financer's category from its name as printed in the funding table. A financer named
 * like one of the partnership's French authorities is that authority's own funds.
 */
export function categorizeFinancer(financer: string, frenchAuthorityNames: readonly string[]): FinancerCategory {
  const name = normalizeName(financer);
  if (MEAE_NAMES.has(name)) return "meae";
  if (FOREIGN_PARTNER_NAMES.has(name)) return "foreign-partners";
  if (frenchAuthorityNames.some((authority) => normalizeName(authority) === name)) return "french-authority";
  return "other";
}
