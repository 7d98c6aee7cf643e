# syntax=docker/dockerfile:1
# Atlas coopération as one stateless instance: run as many as needed behind a reverse proxy or a
# CDN, each over the same dataset mounted read-only (docs/deploy.md).
#   docker build -t atlas-cooperation .
#   docker run -p 3000:3000 -v "$PWD/data:/app/data:ro" atlas-cooperation
# The dataset is never in the image: a new dataset is a new mount and a restart, not a rebuild.

ARG NODE_IMAGE=node:20-slim

# Every dependency, for the build.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Runtime dependencies only: the dev ones (Biome, TypeScript, Playwright, DuckDB) are about 250 MB.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `npm run build` without its data:ensure step: pages are rendered per request, the build reads no
# dataset, and generating the demonstration one here would only be thrown away. The type check is
# kept (no ATLAS_BUILD_SKIP_TYPECHECK): the image is built from sources nothing else checked.
# The brotli copies of the scripts and stylesheets too (npm run build's postbuild): no instance
# compresses them at startup.
RUN npx react-dsfr update-icons && npx next build && npx tsx scripts/precompress-static.ts && rm -rf .next/cache

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    ATLAS_DATA_DIR=/app/data
COPY --from=prod-deps /app/node_modules ./node_modules
# scripts/serve.sh checks the dataset with the command line before starting the server (it refuses
# a dataset it cannot read), then runs the server (server/start.ts: Next.js behind the cache of
# rendered pages), both through tsx: a dev dependency, brought over alone with its esbuild.
COPY --from=build /app/node_modules/tsx ./node_modules/tsx
COPY --from=build /app/node_modules/esbuild ./node_modules/esbuild
COPY --from=build /app/node_modules/@esbuild ./node_modules/@esbuild
RUN ln -s ../tsx/dist/cli.mjs node_modules/.bin/tsx
# What the server reads at run time besides its build: the map shapes and fonts (by path, from the
# working directory), the sources of the command line and of the server that serve.sh runs.
COPY package.json next.config.js tsconfig.json ./
COPY public ./public
COPY assets ./assets
COPY cli ./cli
COPY lib ./lib
COPY server ./server
COPY types ./types
COPY scripts ./scripts
COPY --from=build /app/.next ./.next
# Non-root, and nothing of the app writable by it: the server writes nothing (answers are cached in
# memory), and the dataset is read-only.
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "scripts/serve.sh", "-H", "0.0.0.0", "-p", "3000"]
