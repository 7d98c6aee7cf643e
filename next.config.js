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
  // The security headers (CSP with a per-request nonce, frame rules, nosniff…) are set by proxy.ts
  // on every response, not here: see why there.
  // proxy.ts reads the URL as the client sent it: by default Next hands it a query parsed and
  // re-encoded (a "%zz" becomes "%25zz"), and it could not tell a malformed query from a valid one.
  skipProxyUrlNormalize: true,
  // The test run type-checks once with tsc before building: it sets this to skip a second check.
  typescript: { ignoreBuildErrors: process.env.ATLAS_BUILD_SKIP_TYPECHECK === "1" },
};
