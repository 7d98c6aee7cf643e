# Runs every test: lint (Biome), type check, unit tests (vitest), production build, bundle budget, end-to-end tests
# (playwright), the Dockerfile's build (skipped without Docker), then prints one closing line "tests: N passed, N failed, N skipped" read by CI.
# A failing step fails the run (exit 1) but the next steps still run.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n=== %s (%ss)\n' "$1" "$SECONDS"; }
rm -rf reports test-results; mkdir -p reports
rc=0

step "lint (biome)"
# Counted as one test in the closing line: passed when Biome reports nothing (npm run lint fails on
# any diagnostic, see biome.jsonc).
if npm run --silent lint; then lint_failed=0; else lint_failed=1; rc=1; fi
printf '{"passed": %d, "failed": %d}\n' $((1 - lint_failed)) "$lint_failed" > reports/lint.json

step "type check"
npx next typegen >/dev/null && npx tsc --noEmit || rc=1

step "unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json || rc=1

step "production build (generates the demo dataset when data/ has none)"
# Types were checked above: the build skips its own second check.
if ATLAS_BUILD_SKIP_TYPECHECK=1 npm run build; then
  step "bundle budget (first-load JavaScript of /)"
  # Counted as one test in the closing line: fails over 230 KB gzip, naming the largest chunks.
  npx tsx scripts/check-bundle-budget.ts --report reports/budget.json || rc=1
  step "end-to-end tests (playwright + /usr/bin/chromium)"
  npx playwright test || rc=1
else
  echo "build failed: end-to-end tests not run"
  rc=1
fi

step "Dockerfile build (docker; skipped without it)"
# Counted as one test: passed, failed, or skipped when this machine has no Docker to build with.
bash scripts/check-docker.sh reports/docker.json || rc=1

step "summary"
node scripts/test-summary.mjs || rc=1
exit "$rc"
