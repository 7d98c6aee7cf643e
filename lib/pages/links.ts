/**
 * Links between the dashboard and the drill-down pages. Every page URL carries the dashboard's
 * query (its filters and view) unchanged, so that a breadcrumb leads back to the very view the
 * user came from, and list or profile pages apply the same filters.
 */
const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export const dashboardHref = (query = "") => withQuery("/", query);
export const listHref = (query = "") => withQuery("/partenariats", query);
export const partnershipHref = (id: string, query = "") => withQuery(`/partenariats/${encodeURIComponent(id)}`, query);
export const countryHref = (code: string, query = "") => withQuery(`/pays/${encodeURIComponent(code)}`, query);
/** `key` is an authority key such as "commune-21231" (see authorityKey in lib/model.ts). */
export const authorityHref = (key: string, query = "") => withQuery(`/collectivites/${encodeURIComponent(key)}`, query);
export const themeHref = (slug: string, query = "") => withQuery(`/thematiques/${encodeURIComponent(slug)}`, query);

/** The URL of an Atlas fiche on the ministry's site. */
export const atlasFicheUrl = (atlasId: number) =>
  `https://pastel.diplomatie.gouv.fr/cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=${atlasId}`;
