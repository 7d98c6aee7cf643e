#!/bin/sh
# The production server, started the same way by `npm start`, the Docker image, the end-to-end
# tests and the benchmarks: `sh scripts/serve.sh [-H host] [-p port]` (`next start`'s options).
# It runs server/start.ts: Next.js's request handler behind a cache of rendered pages (see there
# and docs/deploy.md), under tsx, which the dataset check below needs anyway.
# V8 lets the heap grow in proportion to its limit: with Node's default limit, the server kept about
# 200 MB of garbage after a load test (RSS 540 MB at 127,000 partnerships, for 80 MB of live heap).
# 1 GB still leaves room for a dataset of that size indexed without its snapshot (about 600 MB).
# NODE_OPTIONS given by the caller come last, so they win.
# The dataset is checked first: on a missing, unreadable or invalid one the server does not start
# (it would answer 500 to every request), and the message names the file and the fix.
root="$(dirname "$0")/.."
"$root/node_modules/.bin/tsx" "$root/cli/atlas.ts" check || { echo "scripts/serve.sh: the server was not started" >&2; exit 1; }
exec env NODE_ENV=production NODE_OPTIONS="--max-old-space-size=1024 ${NODE_OPTIONS:-}" node --import tsx "$root/server/start.ts" "$@"
