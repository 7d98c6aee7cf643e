// The headers of Next's build assets: proxy.ts's for a resource (lib/security/headers.ts), repeated
// here because this file cannot import TypeScript; lib/security/headers.test.ts checks they agree.
const STATIC_ASSET_HEADERS = [
  { key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
];

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A package-lock.json in a parent folder would otherwise make Next guess the wrong workspace root.
  outputFileTracingRoot: __dirname,
  turbopack: { root: __dirname },
  // Native addons (PNG rendering, the DuckDB of the benchmarks) are loaded by Node, not bundled;
  // so is yazl, whose checksum function lib/downloads/crc32.ts replaces on the module yazl loads.
  serverExternalPackages: ["@resvg/resvg-js", "@duckdb/node-api", "yazl"],
  // lib/export/png.ts hands resvg these fonts by path at run time, which the file tracer cannot see:
  // without them in a traced deployment the PNG exports would fail (the module checks they exist).
  outputFileTracingIncludes: { "/export/**": ["./assets/fonts/*.otf"] },
  // The security headers (CSP with a per-request nonce, frame rules, nosniff…) are set by proxy.ts,
  // not here (see why there), except on Next's build assets, which proxy.ts does not see.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: STATIC_ASSET_HEADERS }];
  },
  // proxy.ts reads the URL as the client sent it: by default Next hands it a query parsed and
  // re-encoded (a "%zz" becomes "%25zz"), and it could not tell a malformed query from a valid one.
  skipProxyUrlNormalize: true,
  // The test run type-checks once with tsc before building: it sets this to skip a second check.
  typescript: { ignoreBuildErrors: process.env.ATLAS_BUILD_SKIP_TYPECHECK === "1" },
};
