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
  // Only /embed/ may be drawn in another site's frame (clickjacking): every other page, the API and
  // the exports are framed by this site alone.
  async headers() {
    return [
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
        ],
      },
      { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
    ];
  },
  // The test run type-checks once with tsc before building: it sets this to skip a second check.
  typescript: { ignoreBuildErrors: process.env.ATLAS_BUILD_SKIP_TYPECHECK === "1" },
};
