import { type NextRequest, NextResponse } from "next/server";
import { LANG_HEADER, langOf } from "@/lib/i18n/lang";
import { EMBED_HEADER } from "@/lib/site";
import { publicFileCacheControl } from "@/lib/http-cache/public-files";
import { badRequestResponse } from "@/lib/security/bad-request";
import { makeNonce, pageCsp, resourceCsp, responseKind, staticSecurityHeaders } from "@/lib/security/headers";
import { malformedPart } from "@/lib/security/malformed";

/**
 * Every request passes here (see the matcher), for three reasons:
 * - a page's Content-Security-Policy holds a nonce drawn for this request, which only code that
 *   runs per request can do (next.config's headers() are fixed strings). Next finds the nonce in
 *   the *request's* CSP header and puts it on its scripts and React's; the layout reads x-nonce;
 * - a URL that cannot be decoded must be answered before Next decodes it (a bare 500 otherwise),
 *   on pages, the API and the exports alike;
 * - the other headers are set here too, for the API, the exports and public files as well, so that
 *   one place decides a response's headers: next.config's would be merged with these, and a
 *   response with two CSP headers is held to both. Only /_next/static/, which this function does
 *   not see, gets them from next.config.js (the same values, from lib/security/headers.ts).
 * The files of public/ get their Cache-Control here too (lib/http-cache/public-files.ts): Next
 * serves them with max-age=0 unless a header is already set.
 * It also tells the root layout (which knows neither its path nor its query) whether the request is
 * for /embed/… and in which language (`lang=`): the headers are set here, on the way in, so a
 * client's own x-atlas-embed or x-atlas-lang is replaced, never trusted.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const malformed = malformedPart(pathname, search);
  const kind = responseKind(pathname);
  let response: Response;
  let csp: string;
  if (malformed) {
    response = badRequestResponse(pathname, malformed, search);
    csp = resourceCsp();
  } else if (kind === "page") {
    const nonce = makeNonce();
    csp = pageCsp(nonce, pathname, process.env.NODE_ENV === "development");
    const headers = new Headers(request.headers);
    headers.set(EMBED_HEADER, pathname.startsWith("/embed/") ? "1" : "0");
    headers.set("x-nonce", nonce);
    headers.set(LANG_HEADER, langOf(request.nextUrl.searchParams));
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    response = NextResponse.next();
    csp = resourceCsp();
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of staticSecurityHeaders(pathname)) response.headers.set(name, value);
  const cacheControl = malformed ? undefined : publicFileCacheControl(pathname);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

export const config = {
  // Every path but Next's hashed build assets (about fifty requests per page): their headers are
  // fixed strings, set by next.config.js's headers() without running this function for each.
  matcher: "/((?!_next/static/).*)",
};
