/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A package-lock.json in a parent folder would otherwise make Next guess the wrong workspace root.
  outputFileTracingRoot: __dirname,
  turbopack: { root: __dirname },
};
