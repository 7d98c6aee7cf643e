/**
 * The last step of `npm run build` (postbuild): a brotli copy beside each of the build's scripts and
 * stylesheets (`.next/static/chunks/…/x.js.br`), which server/static-brotli.ts serves instead of
 * compressing them in every instance at startup.
 *
 *   npx tsx scripts/precompress-static.ts [distDir]
 */
import path from "node:path";
import { precompressBuild } from "../server/static-brotli";

const distDir = path.resolve(process.argv[2] ?? ".next");
const started = Date.now();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
precompressBuild(distDir).then(
  ({ files, rawBytes, brotliBytes }) =>
    console.log(`precompress-static: ${files} scripts and stylesheets, ${kb(rawBytes)} → ${kb(brotliBytes)} brotli, in ${((Date.now() - started) / 1000).toFixed(1)} s`),
  (error: unknown) => {
    console.error(`precompress-static: ${distDir} could not be compressed (run \`next build\` first):`, error);
    process.exitCode = 1;
  },
);
