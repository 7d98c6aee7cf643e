/**
 * The Cache-Control of the files of public/ (the map shapes under /geo/, a favicon or robots.txt
 * at the top), which proxy.ts sets: Next's own default for them is `public, max-age=0`, a request
 * per use. Next's build assets (/_next/static/) are not these: Next marks them immutable itself.
 * Pure: proxy.ts and the unit tests share it.
 */

/** A URL that names its content: it can never answer anything else, so it is kept for a year unasked. */
export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/**
 * A URL whose content may change at a deploy: an hour without asking, then a day more served as
 * it is while it is revalidated in the background (a 304 against its ETag when nothing changed).
 * A new version reaches a returning visitor within a visit or two, never older than a day.
 */
export const REVALIDATED_CACHE_CONTROL = "public, max-age=3600, stale-while-revalidate=86400";

/** Files of public/ that Next serves by name at the top (as lib/security/headers.ts tells them from pages). */
const TOP_LEVEL_FILE = /^\/[^/]+\.(?:ico|png|svg|txt|xml|json|webmanifest)$/;
const PUBLIC_PREFIXES = ["/geo/"];

/**
 * A content hash in a file name: 8 or more hexadecimal digits between dots, or after a hyphen and
 * before a dot, as scripts/build-geo.ts writes `countries-50m.fc98edd56c.geo.json`. A plain name
 * (`france.json`, `countries-50m.geo.json`) has none: "50m" is too short and not all hexadecimal.
 */
const CONTENT_HASH = /[.-][0-9a-f]{8,}\./;

export function isPublicFilePath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix)) || TOP_LEVEL_FILE.test(pathname);
}

export function hasContentHash(pathname: string): boolean {
  const name = pathname.slice(pathname.lastIndexOf("/") + 1);
  return CONTENT_HASH.test(name);
}

/**
 * The Cache-Control of a public file's response, undefined for any other path. Next replaces it
 * with `no-store` when the file does not exist (its 404), so a missing file is never kept.
 */
export function publicFileCacheControl(pathname: string): string | undefined {
  if (!isPublicFilePath(pathname)) return undefined;
  return hasContentHash(pathname) ? IMMUTABLE_CACHE_CONTROL : REVALIDATED_CACHE_CONTROL;
}
