/**
 * The security headers of every response, as pure functions of the path (proxy.ts applies them).
 * No Next.js import here: the rules are unit-tested without a server.
 */

/** Who may frame a response: another site only for /embed/ (the panels made for other sites' iframes). */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith("/embed/");
}

/**
 * What a response is, for its policy. A "page" is an HTML document rendered per request (its
 * scripts carry the request's nonce); a "resource" is anything else (API JSON, export files,
 * Next's assets, public files), never a document with scripts. A path Next serves as a resource
 * is known by its prefix; every other path is rendered by the app router (a page or its 404).
 */
export type ResponseKind = "page" | "resource";

const RESOURCE_PREFIXES = ["/api/", "/export/", "/_next/", "/geo/"];
// Top-level files of public/ and the ones Next serves by name (favicon, robots, sitemap).
const RESOURCE_FILE = /^\/[^/]+\.(?:ico|png|svg|txt|xml|json|webmanifest)$/;

export function responseKind(pathname: string): ResponseKind {
  if (RESOURCE_PREFIXES.some((prefix) => pathname.startsWith(prefix)) || RESOURCE_FILE.test(pathname)) return "resource";
  return "page";
}

/** A fresh nonce: 16 random bytes in base64, which Next's nonce parser accepts. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

function directives(entries: [string, string][]): string {
  return entries.map(([name, value]) => `${name} ${value}`).join("; ");
}

/**
 * A page's policy. Scripts: the nonce only (Next puts it on its own scripts and on React's inline
 * ones when it finds it in the request's CSP header); 'strict-dynamic' lets those scripts load the
 * chunks they import, 'self' is for browsers without CSP 3. Styles keep 'unsafe-inline': Leaflet,
 * the charts and the DSFR set style attributes, and a style cannot run code. No
 * upgrade-insecure-requests: the site is served over plain HTTP on a loopback address in tests and
 * behind a TLS proxy in production, where the proxy's HSTS does that job.
 */
export function pageCsp(nonce: string, pathname: string, dev = false): string {
  return directives([
    ["default-src", "'self'"],
    // React's development build evaluates code for its stack traces; never in production.
    ["script-src", `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`],
    ["style-src", "'self' 'unsafe-inline'"],
    ["img-src", "'self' data: blob:"],
    ["font-src", "'self' data:"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", isEmbedPath(pathname) ? "*" : "'self'"],
  ]);
}

/**
 * Any other response's policy: it loads nothing. Applies when the response is opened as a document:
 * an SVG export (styled by its own <style>, hence style-src), a JSON answer, a file of public/.
 */
export function resourceCsp(): string {
  return directives([
    ["default-src", "'none'"],
    ["style-src", "'unsafe-inline'"],
    ["frame-ancestors", "'self'"],
  ]);
}

/**
 * The features no page uses are refused, to this site and to any frame in it. Only features
 * Chromium knows: an unknown name is reported as an error in the console of every page.
 */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

/** The headers of every response but the CSP: the same for all paths except the frame rule. */
export function staticSecurityHeaders(pathname: string): [string, string][] {
  const headers: [string, string][] = [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
  ];
  // For browsers that ignore frame-ancestors. It cannot say "any site", so /embed/ has none.
  if (!isEmbedPath(pathname)) headers.push(["X-Frame-Options", "SAMEORIGIN"]);
  return headers;
}
