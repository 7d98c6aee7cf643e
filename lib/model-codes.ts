/**
 * The closed lists of codes of the dataset's model (lib/model.ts), apart from its zod schemas: the
 * browser's code needs the lists (the URL's filters, the panels' labels) but not the schemas of
 * the dataset, whose classic zod would weigh on every page's first load. lib/model.ts re-exports them.
 */

/**
 * `collectivite-outremer`: the collectivities INSEE files in its "COM" zone (Saint-Pierre-et-Miquelon,
 * Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie) and
 * New Caledonia's three provinces; their communes stay `commune`.
 */
export const AUTHORITY_KINDS = ["commune", "departement", "region", "epci", "collectivite-outremer"] as const;

export const FINANCER_CATEGORIES = ["meae", "french-authority", "foreign-partners", "other"] as const;

export const STATUSES = ["ongoing", "completed"] as const;
