/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A package-lock.json in a parent folder would otherwise make Next guess the wrong workspace root.
  outputFileTracingRoot: __dirname,
  turbopack: { root: __dirname },
  // Native addons (PNG rendering, the DuckDB of the benchmarks) are loaded by Node, not bundled.
  serverExternalPackages: ["@resvg/resvg-js", "@duckdb/node-api"],
  // The test run type-checks once with tsc before building: it sets this to skip a second check.
  typescript: { ignoreBuildErrors: process.env.ATLAS_BUILD_SKIP_TYPECHECK === "1" },
};
