#!/bin/sh
# Checks that the Dockerfile builds: `sh scripts/check-docker.sh [REPORT.json]`. Without Docker (no
# client, or a client and no daemon to talk to) it says so and exits 0: the check is skipped, not
# passed. REPORT.json, when given, receives {"passed", "failed", "skipped"} for
# scripts/test-summary.mjs, which counts a skipped check as skipped.
cd "$(dirname "$0")/.." || exit 1
report="${1:-}"
result() {
  [ -n "$report" ] && printf '{"passed": %d, "failed": %d, "skipped": %d}\n' "$1" "$2" "$3" > "$report"
  return 0
}

if ! command -v docker >/dev/null 2>&1; then
  echo "docker absent: Dockerfile build not checked"
  result 0 0 1
  exit 0
fi
# A client alone (as on a machine without the daemon, or without access to its socket) cannot build.
if ! docker info >/dev/null 2>&1; then
  echo "docker absent: Dockerfile build not checked (a docker client, but no daemon answers)"
  result 0 0 1
  exit 0
fi

tag="atlas-cooperation:check-$$"
if docker build --tag "$tag" .; then
  echo "Dockerfile build: ok"
  docker image rm "$tag" >/dev/null 2>&1
  result 1 0 0
  exit 0
fi
echo "Dockerfile build: failed"
result 0 1 0
exit 1
