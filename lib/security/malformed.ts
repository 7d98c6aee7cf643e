/**
 * Finds the part of a request's URL that cannot be decoded (a "%" not followed by two hex digits,
 * or escapes that are not UTF-8). Next.js decodes the path itself before it renders, and answers a
 * bare 500 when that fails (its 400 page does not exist in the app router): proxy.ts asks this first
 * and answers a 400 of its own.
 */

export type Malformed = { part: "path" } | { part: "query"; param: string };

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The malformed part of `pathname` and `search` as they came (still percent-encoded, as
 * `URL.pathname` and `URL.search` keep them), or null. A query parameter is named by its name as
 * sent (as sent when the name itself is malformed), for the API's `issues`.
 */
export function malformedPart(pathname: string, search: string): Malformed | null {
  if (!pathname.split("/").every(decodes)) return { part: "path" };
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return null;
  for (const pair of query.split("&")) {
    const equals = pair.indexOf("=");
    const name = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? "" : pair.slice(equals + 1);
    // A name that does not decode is given as sent, cut short: it may be a long attack string.
    if (!decodes(name.replaceAll("+", " "))) return { part: "query", param: name.slice(0, 100) };
    if (!decodes(value.replaceAll("+", " "))) return { part: "query", param: decodeURIComponent(name.replaceAll("+", " ")) };
  }
  return null;
}
