// Reads the lint, bundle budget and Dockerfile results and the vitest and playwright JSON reports, and prints the closing line CI reads.
import { existsSync, readFileSync } from "node:fs";

let passed = 0, failed = 0, skipped = 0;
const problems = [];

// Written by scripts/test-all.sh: the lint counts as one test, {"passed": 1, "failed": 0} or the reverse.
if (existsSync("reports/lint.json")) {
  const lint = JSON.parse(readFileSync("reports/lint.json", "utf8"));
  passed += lint.passed;
  failed += lint.failed;
} else problems.push("reports/lint.json is missing (the lint did not run)");

// Written by scripts/check-docker.sh: the Dockerfile's build, one test, skipped on a machine without Docker.
if (existsSync("reports/docker.json")) {
  const docker = JSON.parse(readFileSync("reports/docker.json", "utf8"));
  passed += docker.passed;
  failed += docker.failed;
  skipped += docker.skipped;
} else problems.push("reports/docker.json is missing (the Dockerfile check did not run)");

// Written by scripts/check-bundle-budget.ts after the build: the first-load JavaScript of `/`
// within its budget, one test. Missing when the build failed (which fails the run anyway).
if (existsSync("reports/budget.json")) {
  const budget = JSON.parse(readFileSync("reports/budget.json", "utf8"));
  passed += budget.passed;
  failed += budget.failed;
} else problems.push("reports/budget.json is missing (the bundle budget was not checked)");

if (existsSync("reports/unit.json")) {
  const unit = JSON.parse(readFileSync("reports/unit.json", "utf8"));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  // A suite that failed to load counts no test but must still fail the run.
  if (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0) failed += unit.numFailedTestSuites;
} else problems.push("reports/unit.json is missing (unit tests did not run)");

if (existsSync("reports/e2e.json")) {
  const e2e = JSON.parse(readFileSync("reports/e2e.json", "utf8"));
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  for (const error of e2e.errors ?? []) problems.push(`playwright: ${error.message ?? error}`);
} else problems.push("reports/e2e.json is missing (end-to-end tests did not run)");

for (const problem of problems) console.log(problem);
if (problems.length > 0 && failed === 0) failed = problems.length;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
