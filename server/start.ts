/**
 * The production server: Node's HTTP server, the cache of rendered pages in front
 * (server/page-responses.ts), Next.js's own request handler behind it (the same one `next start`
 * runs: the router, proxy.ts, the pages and the API). Started by scripts/serve.sh, which `npm start`,
 * the Docker image, the end-to-end tests and the benchmarks run, with `next start`'s options:
 * `-H`/`--hostname`, `-p`/`--port` (else $PORT, else 3000), `--keepAliveTimeout` (ms).
 * Production only: `npm run dev` runs `next dev`, which this cache would get in the way of.
 */
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { cachedPages } from "./page-responses";
import { staticBrotli } from "./static-brotli";

const { values } = parseArgs({
  options: {
    hostname: { type: "string", short: "H" },
    port: { type: "string", short: "p" },
    keepAliveTimeout: { type: "string" },
  },
});
const hostname = values.hostname;
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${values.port ?? process.env.PORT}`);

/** A size in megabytes from the environment, else `fallback`. */
function megabytes(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a number of megabytes, 0 or more (got "${value}")`);
  return parsed;
}

async function main(): Promise<void> {
  // As `next start` names its process: tools that look for the server by name still find it.
  process.title = "next-server (atlas)";
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  // 64 MB hold about 300 dashboard pages (about 100 KB raw and 20 KB gzipped each, with headers).
  const maxBytes = megabytes("ATLAS_PAGE_CACHE_MB", 64) * 1024 * 1024;
  const { handle } = cachedPages(app.getRequestHandler(), { maxEntries: maxBytes > 0 ? 2000 : 0, maxBytes });
  const brotli = staticBrotli(path.join(process.cwd(), ".next"));
  void brotli.warm().catch((error: unknown) => console.error("atlas: could not read or compress the build's assets ahead:", error));
  const server = createServer((req, res) => {
    brotli
      .serve(req, res)
      .then((served) => (served ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        console.error(`atlas: failed to answer ${req.method} ${req.url}:`, error);
        if (res.headersSent) res.destroy();
        else {
          res.statusCode = 500;
          res.end("Internal Server Error");
        }
      });
  });
  if (values.keepAliveTimeout !== undefined) server.keepAliveTimeout = Number(values.keepAliveTimeout);
  server.listen(port, hostname, () => {
    console.log(`atlas: listening on http://${hostname ?? "localhost"}:${port} (page cache ${maxBytes / 1024 / 1024} MB)`);
  });
  // As `next start`: stop taking connections, let the requests under way finish, then leave.
  const stop = (signal: NodeJS.Signals) => {
    server.close(() => {
      void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    // Keep-alive connections would hold close() open: idle ones are closed now, busy ones after their answer.
    server.closeIdleConnections();
    setTimeout(() => process.exit(signal === "SIGINT" ? 130 : 143), 10_000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
